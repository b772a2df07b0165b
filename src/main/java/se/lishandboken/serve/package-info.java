/**
 * The ISAM's preview, {@code lis serve}: builds the site, serves it on 127.0.0.1, watches the
 * sources and rebuilds in the same warm JVM after every save. Open tabs reload by themselves; a
 * failed build shows as an overlay over the last good site, which keeps being served.
 */
package se.lishandboken.serve;
