/**
 * Stage 1: reads {@code jbake.properties} into an immutable {@link se.lishandboken.config.SiteConfig}.
 * Everything that differs between organisations (name, locale, contact, colours) comes from here.
 */
package se.lishandboken.config;
