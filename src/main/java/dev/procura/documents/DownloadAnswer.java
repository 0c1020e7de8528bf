package dev.procura.documents;

import dev.procura.documents.DocumentViews.DownloadView;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** How a download link is answered: the link as JSON to a client that accepts JSON, else a 302 to it. */
public final class DownloadAnswer {

    private DownloadAnswer() {}

    public static Response of(DownloadView link, String accept) {
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(link, MediaType.APPLICATION_JSON).build();
        }
        return Response.status(Response.Status.FOUND)
                .location(URI.create(link.url()))
                .build();
    }
}
