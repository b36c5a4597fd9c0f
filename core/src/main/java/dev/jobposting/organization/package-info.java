/** The employer and the party that publishes the posting for it. */
@ValueStyle
package dev.jobposting.organization;

import dev.jobposting.internal.ValueStyle;
