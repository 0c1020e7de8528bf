package dev.procura.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** multipart/form-data bodies for document uploads. */
public final class Uploads {

    private Uploads() {}

    public static Reply upload(
            String token, UUID tenantId, String filename, byte[] content, Map<String, String> fields) {
        String boundary = "----procura" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n");
        }
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return Api.request("POST", Tenants.path(tenantId, "/documents"))
                .token(token)
                .bytes("multipart/form-data; boundary=" + boundary, body.toByteArray())
                .send();
    }

    public static Reply upload(String token, UUID tenantId, String filename, String content) {
        return upload(token, tenantId, filename, content.getBytes(StandardCharsets.UTF_8), new LinkedHashMap<>());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
