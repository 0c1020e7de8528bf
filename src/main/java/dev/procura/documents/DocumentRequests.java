package dev.procura.documents;

import dev.procura.platform.customfields.CustomFieldDocs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the documents API. */
public final class DocumentRequests {

    static final String MIME = "[a-zA-Z0-9!#$&^_.+-]+/[a-zA-Z0-9!#$&^_.+-]+";
    static final String TAG = "[\\p{L}\\p{N} _.:-]{1,40}";

    private DocumentRequests() {}

    @Schema(name = "DocumentChange")
    public record Describe(
            @Schema(example = "PO-2026-0042.pdf") @NotBlank @Size(max = 255)
            String filename,

            @Schema(example = "application/pdf") @NotBlank @Size(max = 200) @Pattern(regexp = MIME)
            String mimeType,

            @Size(max = 20) List<@Pattern(regexp = TAG) String> tags,
            @Schema(description = CustomFieldDocs.VALUES) Map<String, Object> customFields) {}
}
