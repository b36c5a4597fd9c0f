/** What candidates need: skills, experience, education, languages and more. */
@ValueStyle
package dev.jobposting.requirement;

import dev.jobposting.internal.ValueStyle;
