/**
 * A fast check of the AsciiDoc sources, without Asciidoctor: page headers, xrefs to pages and their
 * sections, internal references and includes, read as text. {@code lis check} runs it in about a
 * second, so an editor or CI can run it on every save; {@code lis build} still converts and checks
 * everything for real.
 */
package se.lishandboken.lint;
