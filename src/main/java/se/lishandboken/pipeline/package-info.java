/** The pipeline: calls each stage in order and does no work of its own. */
package se.lishandboken.pipeline;
