package dev.jobposting.jackson.internal;

/**
 * The module's reading options.
 *
 * @param ignoreUnknownProperties whether properties outside the format are skipped instead of
 *     failing the read
 */
public record ReadOptions(boolean ignoreUnknownProperties) {}
