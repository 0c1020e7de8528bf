package dev.procura.platform.mail;

import java.util.List;
import java.util.Map;

/**
 * Port implemented by the notifications capability: emails about the account itself (a password
 * reset, an email verification), rendered from its templates in one of the languages they exist
 * in. Identity sends them without knowing how mail is rendered or delivered.
 */
public interface AccountMail {

    /** The languages the templates are written in (ISO 639-1), the default first. */
    List<String> languages();

    /** Renders {@code template} in {@code language} with {@code values} and sends it; throws if the send fails. */
    void send(String toAddress, String toName, String template, String language, Map<String, String> values);
}
