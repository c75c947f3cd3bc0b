package com.alliancetrust.advisor.web;

import com.alliancetrust.advisor.wiring.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests the web server refuses before the API sees them (a malformed URI, a URI or headers
 * too long, an unparseable request) get the one JSON error shape and the security headers too,
 * instead of the web server's HTML page.
 */
final class JettyErrors extends ErrorHandler {
    private static final ObjectMapper JSON = Json.mapper();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        headers(headers);
        response.write(true, body(code), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers(fields);
        return body(status);
    }

    private static void headers(HttpFields.Mutable headers) {
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        headers.put(new HttpField(HttpHeader.CACHE_CONTROL, "no-store"));
        Safeguards.SECURITY_HEADERS.forEach(headers::put);
    }

    /** Only the status and its standard reason: whatever the web server knows beyond that stays inside. */
    private static ByteBuffer body(int code) {
        String reason = HttpStatus.getMessage(code);
        try {
            byte[] json = JSON.writeValueAsBytes(new ApiError(code, reason, "The request was refused: " + reason, null));
            return ByteBuffer.wrap(json);
        } catch (JsonProcessingException e) {
            return ByteBuffer.wrap(("{\"status\":" + code + "}").getBytes(StandardCharsets.UTF_8));
        }
    }
}
