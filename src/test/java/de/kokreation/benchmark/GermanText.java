package de.kokreation.benchmark;

import java.util.Random;

/** Seeded German-looking text of a chosen length: words of consultation prose, with umlauts and ß. */
final class GermanText {

    private static final String[] WORDS = ("Bürgerinnen Bürger Verwaltung Daten offene Transparenz Beteiligung "
                    + "Kommune Land Bund Informationsfreiheitsgesetz Haushalt Ratsinformationssystem Veröffentlichung "
                    + "maschinenlesbar Schnittstelle Lizenz Zugang Anfrage Gebühren Antwort Frist Behörde Ministerium "
                    + "Zivilgesellschaft Vorschlag Verpflichtung Aktionsplan Meilenstein Umsetzung Evaluation Prüfung "
                    + "Datenschutz Sicherheit Software Quelltext Beschaffung Vergabe Lobbyregister Gesetzgebung "
                    + "Fußgänger Straßenverkehr Schulen Hochschulen Förderung Programme Stellen Ausschüsse Sitzungen "
                    + "Protokolle Gutachten Studien Ergebnisse Rückmeldung Begründung Übersicht Qualität Größe Maßnahmen "
                    + "die der das und oder nicht auch mehr alle sollen müssen können werden wird ist sind für mit von "
                    + "zu bei nach über unter zwischen gegen ohne durch damit weil dass wenn jedoch außerdem insbesondere "
                    + "endlich dauerhaft kostenlos verständlich barrierefrei rechtzeitig vollständig regelmäßig öffentlich "
                    + "digital lokal bundesweit transparent nachvollziehbar überprüfbar einheitlich")
            .split(" ");

    private GermanText() {}

    /** About {@code length} characters (never more), sentences ending in a full stop. */
    static String of(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 16);
        boolean sentenceStart = true;
        while (text.length() < length) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (sentenceStart) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(word);
            sentenceStart = random.nextInt(12) == 0;
            if (sentenceStart) {
                text.append('.');
            }
        }
        text.setLength(Math.max(1, length));
        if (text.charAt(text.length() - 1) == ' ') {
            text.setCharAt(text.length() - 1, '.');
        }
        return text.toString();
    }

    /** A length between {@code min} and {@code max}, most of them near the lower end (a log-normal-like skew). */
    static int length(Random random, int min, int max) {
        double skewed = Math.pow(random.nextDouble(), 2.2);
        return min + (int) (skewed * (max - min));
    }

    /** A title: 30 to 120 characters, no full stop at the end. */
    static String title(Random random) {
        String title = of(random, length(random, 30, 120));
        return title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
    }

    /** Paragraphs separated by a blank line, as Markdown source. */
    static String paragraphs(Random random, int length) {
        String text = of(random, length);
        StringBuilder source = new StringBuilder(text.length() + 8);
        int sinceBreak = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            source.append(c);
            sinceBreak++;
            if (c == '.' && sinceBreak > 300 && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                source.append("\n\n");
                i++;
                sinceBreak = 0;
            }
        }
        return source.toString();
    }

    /** The HTML the site shows for {@link #paragraphs} (what the sanitizer makes of plain paragraphs). */
    static String html(String markdown) {
        StringBuilder html = new StringBuilder(markdown.length() + 32);
        for (String paragraph : markdown.split("\n\n")) {
            html.append("<p>").append(paragraph).append("</p>\n");
        }
        return html.toString();
    }
}
