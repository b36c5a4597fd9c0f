/** How to apply, and until when. */
@ValueStyle
package dev.jobposting.application;

import dev.jobposting.internal.ValueStyle;
