package dev.procura.platform.web;

/** The one naming rule of the API: Java camelCase names appear as snake_case in JSON. */
public final class JsonNames {

    private JsonNames() {}

    public static String snakeCase(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
