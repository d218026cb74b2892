package org.postbag.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that reads like readers' letters: a word chain (order two, now and then order one, so
 * that letters do not repeat each other's phrases) trained on the demo magazine's tram debate
 * and on a few more invented letters, with names, towns and numbers drawn per letter.
 */
final class BenchText {

    private static final String PARAGRAPH = "\u00b6";
    private static final Pattern NUMBER = Pattern.compile("\\d{2,4}[,.;:]?");
    private static final Pattern JSON_BODY = Pattern.compile("\"body\":\\s*\"");

    static final String[] FIRST_NAMES = {
        "Margaret", "Tom", "Priya", "Anil", "Sam", "Derek", "Helen", "James", "Fatima", "John", "Ruth", "David",
        "Aisha", "Peter", "Mary", "Imran", "Joan", "Kevin", "Susan", "Ravi", "Elizabeth", "Michael", "Grace",
        "Owen", "Nadia", "George", "Patricia", "Colin", "Chloe", "Hamid", "Barbara", "Stephen", "Lucy", "Ian",
        "Catherine", "Yusuf", "Jean", "Robert", "Wendy", "Tariq", "Alison", "Brian", "Hannah", "Graham", "Zoe",
        "Rachel", "Neil", "Sarah", "Martin", "Eileen", "Daniel", "Ann", "Mohammed", "Judith", "Keith", "Emma",
        "Philip", "Sheila", "Andrew", "Bridget"
    };
    static final String[] SURNAMES = {
        "Aldridge", "Natarajan", "Osei", "Mehta", "Whitfield", "Holloway", "Hartley", "Sutcliffe", "Ackroyd",
        "Khan", "Greenwood", "Shackleton", "Patel", "Barraclough", "Hussain", "Firth", "Mitchell", "Lister",
        "Wainwright", "Begum", "Crossley", "Haigh", "Ahmed", "Brook", "Ramsden", "Singh", "Pickles", "Holroyd",
        "Okafor", "Dyson", "Riley", "Thornton", "Iqbal", "Sykes", "Midgley", "Walsh", "Nowak", "Bentley",
        "Hirst", "Kaur", "Jowett", "Murphy", "Clegg", "Armitage", "Chowdhury", "Booth", "Senior", "Taylor",
        "Hanson", "Dobson", "Lund", "Kowalski", "Fielding", "Rhodes", "Moorhouse", "Ellis", "Gill", "Naylor",
        "Pearson", "Whiteley", "Asante", "Priestley", "Schofield", "Rahman", "Turner", "Stead", "Hargreaves",
        "Oduya", "Lumb", "Wood", "Bell", "Cartwright", "Ibrahim", "Shaw", "Redman", "Atkinson", "Fenwick",
        "Mistry", "Hollings", "Binns"
    };
    static final String[] TOWNS = {
        "Leeds", "Halifax", "Bradford", "Saltaire", "Otley", "Keighley", "Ilkley", "Skipton", "Huddersfield",
        "Wakefield", "Dewsbury", "Batley", "Shipley", "Bingley", "Todmorden", "Hebden Bridge", "Harrogate",
        "Knaresborough", "Pudsey", "Morley", "Castleford", "Pontefract", "Brighouse", "Elland", "Sowerby Bridge",
        "Holmfirth", "Marsden", "Haworth", "Baildon", "Guiseley", "Horsforth", "Wetherby", "Tadcaster", "Selby",
        "York", "Ripon", "Settle", "Barnoldswick", "Colne", "Burnley", "Oldham", "Rochdale", "Manchester",
        "Sheffield", "Barnsley", "Doncaster", "Hull", "Lancaster", "Kendal", "Durham", ""
    };
    private static final String[] TOPICS = {
        "Trams", "The branch libraries", "Allotments", "The hospital car park", "Wind on the moor",
        "The Kirkgate cycle lane", "Housing at Low Moor", "The canal towpath", "Reading for pleasure",
        "The Playhouse", "School places", "The last bus", "Market Street", "The reservoir", "Fly-tipping",
        "The crossword", "Council tax", "The swimming baths", "Post offices", "Flood defences", "Village halls",
        "The museum's charges", "Street lighting", "Rural broadband", "The mill conversion", "Park keepers"
    };
    private static final String[] ANGLES = {
        "the case for a municipal operator", "who decides?", "what the figures say", "a reply to the council",
        "the view from the valley", "a question of money", "the last word?", "remember the people it serves",
        "a modest proposal", "why the survey was wrong", "the hidden costs", "what we lose", "promises kept and broken",
        "a better way", "listen to the users", "not so fast", "the longer view", "an answer to our critics"
    };
    private static final String[] OPENERS = {
        "I was glad to read", "I must take issue with", "May I add a word to", "I read with interest",
        "As a reader of many years, I was struck by", "I write in support of", "I cannot agree with",
        "Thank you for publishing"
    };

    private final Map<String, List<String>> second = new HashMap<>();
    private final Map<String, List<String>> first = new HashMap<>();
    private final List<String> starts = new ArrayList<>();

    BenchText() {
        List<String> letters = new ArrayList<>();
        String json = resource("/demo/tram-debate.json");
        Matcher bodies = JSON_BODY.matcher(json);
        while (bodies.find()) {
            int end = bodies.end();
            while (json.charAt(end) != '"') {
                end += json.charAt(end) == '\\' ? 2 : 1;
            }
            letters.add(unescapeJson(json.substring(bodies.end(), end)));
        }
        StringBuilder block = new StringBuilder();
        for (String line : resource("/org/postbag/bench/more-letters.txt").split("\n", -1)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.equals("---")) {
                letters.add(block.toString());
                block.setLength(0);
            } else {
                block.append(line).append('\n');
            }
        }
        letters.add(block.toString());
        letters.forEach(this::learn);
    }

    private void learn(String letter) {
        List<String> tokens = new ArrayList<>();
        for (String paragraph : letter.strip().split("\\n\\s*\\n")) {
            if (paragraph.startsWith(">") || paragraph.isBlank()) {
                continue;
            }
            for (String word : paragraph.strip().split("\\s+")) {
                tokens.add(word);
            }
            tokens.add(PARAGRAPH);
        }
        for (int i = 0; i < tokens.size(); i++) {
            String previous = i == 0 ? PARAGRAPH : tokens.get(i - 1);
            if (previous.equals(PARAGRAPH) || previous.endsWith(".")) {
                if (!tokens.get(i).equals(PARAGRAPH)) {
                    starts.add(tokens.get(i) + (i + 1 < tokens.size() ? " " + tokens.get(i + 1) : ""));
                }
            }
            if (i + 1 < tokens.size()) {
                first.computeIfAbsent(tokens.get(i), k -> new ArrayList<>()).add(tokens.get(i + 1));
            }
            if (i + 2 < tokens.size()) {
                second.computeIfAbsent(tokens.get(i) + " " + tokens.get(i + 1), k -> new ArrayList<>())
                        .add(tokens.get(i + 2));
            }
        }
    }

    /** A letter's body of about {@code words} words, in paragraphs, opening with {@code opening} if given. */
    String body(SplittableRandom random, int words, String opening) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        int most = Math.min(words + 40, 800);
        if (opening != null) {
            text.append(opening).append(' ');
            count += opening.split("\\s+").length;
        }
        String[] start = pick(random, starts).split(" ");
        String a = start[0];
        String b = start.length > 1 ? start[1] : PARAGRAPH;
        append(text, varied(random, a));
        count++;
        int sinceBreak = 0;
        while (true) {
            if (b.equals(PARAGRAPH)) {
                if (count >= words) {
                    break;
                }
                if (sinceBreak > 25) {
                    text.append("\n\n");
                    sinceBreak = 0;
                }
            } else {
                append(text, varied(random, b));
                count++;
                sinceBreak++;
                if (count >= words && b.endsWith(".")) {
                    break;
                }
                if (count >= most) {
                    text.append('.');
                    break;
                }
            }
            List<String> next = random.nextInt(100) < 18 ? null : second.get(a + " " + b);
            if (next == null) {
                next = first.get(b);
            }
            if (next == null) {
                String[] restart = pick(random, starts).split(" ");
                a = PARAGRAPH;
                b = restart[0];
                continue;
            }
            a = b;
            b = pick(random, next);
        }
        return text.toString().strip();
    }

    private static void append(StringBuilder text, String word) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append(' ');
        }
        text.append(word);
    }

    /** Numbers, names and towns vary from letter to letter, as they do in real ones. */
    private static String varied(SplittableRandom random, String word) {
        if (Character.isDigit(word.charAt(0)) && NUMBER.matcher(word).matches()) {
            String digits = word.replaceAll("\\D", "");
            String tail = word.substring(digits.length());
            int bound = (int) Math.pow(10, digits.length());
            return (bound / 10 + random.nextInt(bound - bound / 10)) + tail;
        }
        if (random.nextInt(40) == 0 && Character.isUpperCase(word.charAt(0)) && word.length() > 3) {
            return pick(random, SURNAMES) + word.replaceAll("^[\\p{L}'\u2019-]+", "");
        }
        return word;
    }

    /** A first sentence that names the piece answered, the way readers do: enough for citation detection. */
    static String opening(SplittableRandom random, String title, String author, int issue) {
        String who = author == null ? "your correspondent" : author;
        return pick(random, OPENERS) + " " + who + "'s \u201c" + title + "\u201d (no. " + issue + ").";
    }

    static String articleTitle(SplittableRandom random) {
        return pick(random, TOPICS) + ": " + pick(random, ANGLES);
    }

    static String subject(SplittableRandom random) {
        return pick(random, TOPICS) + (random.nextBoolean() ? "" : ": " + pick(random, ANGLES));
    }

    static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String pick(SplittableRandom random, String[] array) {
        return array[random.nextInt(array.length)];
    }

    private static String resource(String name) {
        try (InputStream in = BenchText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescapeJson(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
