/** The search-and-rescue commands: {@code jisr drift} and {@code jisr env} over the {@code sar} module. */
package io.jisr.app.sar;
