package com.alliancetrust.advisor.engine;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule files' outline (see {@link RuleFileOutline}) as the build step packages it beside the precompiled rules,
 * field by field in a fixed order. Java's own serialisation of records rebuilds each record through method handles
 * it first has to generate: at start that took about a quarter of loading a rule set. A file that does not begin
 * with this format's mark, or ends early, does not read, and the rule files are parsed instead.
 */
final class OutlineCodec {
    /** The format's mark and version: a change to the records changes it, and files of another version are not read. */
    private static final int MARK = 0x4F55_0001;

    private OutlineCodec() {
    }

    static byte[] write(List<RuleFileOutline.Rule> outline) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(MARK);
            out.writeInt(outline.size());
            for (RuleFileOutline.Rule rule : outline) {
                string(out, rule.name());
                string(out, rule.file());
                out.writeInt(rule.line());
                string(out, rule.group());
                out.writeInt(rule.start());
                out.writeInt(rule.end());
                out.writeBoolean(rule.code() != null);
                if (rule.code() != null) code(out, rule.code());
                out.writeInt(rule.factUses().size());
                for (FactUse use : rule.factUses()) {
                    string(out, use.file());
                    out.writeInt(use.line());
                    string(out, use.rule());
                    string(out, use.name());
                    out.writeInt(use.values().size());
                    for (String value : use.values()) string(out, value);
                    out.writeBoolean(use.number());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<RuleFileOutline.Rule> read(InputStream bytes) throws IOException {
        var in = new DataInputStream(bytes);
        if (in.readInt() != MARK) throw new IOException("not an outline of this version");
        int rules = in.readInt();
        List<RuleFileOutline.Rule> outline = new ArrayList<>(rules);
        for (int i = 0; i < rules; i++) {
            String name = string(in);
            String file = string(in);
            int line = in.readInt();
            String group = string(in);
            int start = in.readInt();
            int end = in.readInt();
            RuleCode code = in.readBoolean() ? code(in) : null;
            int uses = in.readInt();
            List<FactUse> factUses = new ArrayList<>(uses);
            for (int u = 0; u < uses; u++) {
                String useFile = string(in);
                int useLine = in.readInt();
                String rule = string(in);
                String fact = string(in);
                int count = in.readInt();
                List<String> values = new ArrayList<>(count);
                for (int v = 0; v < count; v++) values.add(string(in));
                factUses.add(new FactUse(useFile, useLine, rule, fact, List.copyOf(values), in.readBoolean()));
            }
            outline.add(new RuleFileOutline.Rule(name, file, line, group, start, end, code, List.copyOf(factUses)));
        }
        return List.copyOf(outline);
    }

    private static void code(DataOutputStream out, RuleCode code) throws IOException {
        string(out, code.rule());
        string(out, code.file());
        snippet(out, code.consequence());
        out.writeInt(code.constraints().size());
        for (RuleCode.Constraint c : code.constraints()) {
            string(out, c.type());
            snippet(out, c.expression());
        }
    }

    private static RuleCode code(DataInputStream in) throws IOException {
        String rule = string(in);
        String file = string(in);
        RuleCode.Snippet consequence = snippet(in);
        int count = in.readInt();
        List<RuleCode.Constraint> constraints = new ArrayList<>(count);
        for (int i = 0; i < count; i++) constraints.add(new RuleCode.Constraint(string(in), snippet(in)));
        return new RuleCode(rule, file, consequence, List.copyOf(constraints));
    }

    private static void snippet(DataOutputStream out, RuleCode.Snippet snippet) throws IOException {
        out.writeBoolean(snippet != null);
        if (snippet == null) return;
        string(out, snippet.text());
        out.writeInt(snippet.line());
    }

    private static RuleCode.Snippet snippet(DataInputStream in) throws IOException {
        return in.readBoolean() ? new RuleCode.Snippet(string(in), in.readInt()) : null;
    }

    /** A string of any length, or null (length -1). */
    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) return null;
        byte[] utf8 = in.readNBytes(length);
        if (utf8.length != length) throw new EOFException("the outline ends inside a string");
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
