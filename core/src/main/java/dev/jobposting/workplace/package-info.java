/** Where the work happens: on site, hybrid or remote, and travel. */
@ValueStyle
package dev.jobposting.workplace;

import dev.jobposting.internal.ValueStyle;
