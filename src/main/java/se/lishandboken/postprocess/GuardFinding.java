package se.lishandboken.postprocess;

import java.util.List;

/**
 * Something in a page that the external-resource guard refuses, before it is tied to a source line.
 *
 * @param key the problem's text key
 * @param needle the text whose source line the problem names
 * @param arguments the problem text's arguments
 */
record GuardFinding(String key, String needle, List<String> arguments) {

    GuardFinding {
        arguments = List.copyOf(arguments);
    }
}
