package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobposting.JobPosting;
import dev.jobposting.testkit.SamplePostings;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class JobPostingModuleTest {

  @Test
  void isFoundByServiceLoaderAndFindAndRegisterModules() throws Exception {
    assertThat(StreamSupport.stream(ServiceLoader.load(Module.class).spliterator(), false))
        .hasAtLeastOneElementOfType(JobPostingModule.class);

    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(mapper.getRegisteredModuleIds()).contains(JobPostingModule.class.getName());
    JobPosting full = SamplePostings.full();
    assertThat(mapper.readValue(mapper.writeValueAsString(full), JobPosting.class))
        .isEqualTo(full);
  }

  @Test
  void reportsItsNameAndVersion() {
    JobPostingModule module = new JobPostingModule();

    assertThat(module.getModuleName()).isEqualTo("dev.jobposting.jackson.JobPostingModule");
    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(module.version().getArtifactId()).isEqualTo("jobposting-jackson");
    assertThat(module.version().getGroupId()).isEqualTo("dev.jobposting");
  }

  @Test
  void withersReturnNewModulesAndLeaveTheOriginalAlone() {
    JobPostingModule strict = new JobPostingModule();
    JobPostingModule lenient = strict.withIgnoreUnknownProperties();

    assertThat(lenient).isNotSameAs(strict);
    assertThat(strict.ignoresUnknownProperties()).isFalse();
    assertThat(lenient.ignoresUnknownProperties()).isTrue();
  }
}
