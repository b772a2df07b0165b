package se.lishandboken.site.engine;

/**
 * How a bake came by its pages' HTML.
 *
 * @param reused pages taken from the conversion cache
 * @param converted pages converted by Asciidoctor
 */
public record ConversionCount(int reused, int converted) {
}
