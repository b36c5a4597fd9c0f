/** Benefits offered with the job. */
@ValueStyle
package dev.jobposting.benefit;

import dev.jobposting.internal.ValueStyle;
