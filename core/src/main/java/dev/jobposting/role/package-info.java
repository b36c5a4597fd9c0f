/** The role: department, seniority and classification codes. */
@ValueStyle
package dev.jobposting.role;

import dev.jobposting.internal.ValueStyle;
