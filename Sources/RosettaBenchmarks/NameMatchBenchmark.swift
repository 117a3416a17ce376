import CorpusModel
import Foundation
import Names

/// How often a name of one side finds its key on the other side of a gold 1-1 bead of the
/// development set (`../shared/bench/align-dev`), per pair and direction: the recall of the name
/// anchors. Next to it, the same rate against the target of the bead five beads on in the same
/// document (wrapping), which is what chance gives: a good key raises the first and not the second.
/// Mentions are counted as the aligner takes them (`NameAnchors`: keys of 3 bytes or more).
///
/// `ROSETTA_NAMEMATCH_MISSES=FILE` writes every miss (pair, direction, surface, key, the other
/// side's mentions, both sentences) as tab-separated lines, for classifying them by hand.
let nameMatchBenchmark = Benchmark(name: "namematch", summary: "name keys found across gold 1-1 beads of the dev set") {
    let devSet = alignDevSet
    guard FileManager.default.fileExists(atPath: devSet.path) else {
        print("dev set: \(devSet.path) not found, skipped")
        return
    }
    var misses: [String] = []
    print("gold 1-1 beads of \(devSet.path): mentions per side, share found by key on the other side")
    for findsTranscriptions in [false, true] {
    let keyer = try NameKeyer()
    keyer.findsTranscriptions = findsTranscriptions
    if findsTranscriptions { print("with Korean transcriptions (NameKeyer.findsTranscriptions, not used by the aligner):") }
    print("pair   beads  direction  mentions  found   rate    shifted rate  missed, key among the other side's words  sentence-initial one-word: found/all")
    for pair in findsTranscriptions ? ["en-ko", "ru-ko"] : ["en-ru", "en-ko", "ru-ko"] {
        let documents = try DevDocument.load(devSet.appendingPathComponent(pair), pair: pair)
        // Counts per direction (0: source → target, 1: target → source).
        var mentions = [0, 0], found = [0, 0], shiftedFound = [0, 0], unfoundCount = [0, 0], beads = 0
        // Of those, one-word mentions that open the sentence (capitalized perhaps only for that).
        var initial = [0, 0], initialFound = [0, 0]
        for document in documents {
            let ones = document.gold.filter { $0.source.count == 1 && $0.target.count == 1 }
            func names(_ sentence: Substring, _ language: LanguageTag) throws -> [NameMention] {
                try keyer.mentions(in: sentence, language: language).filter { $0.key.value.utf8.count >= 3 }
            }
            let sides = try ones.map { bead in
                (try names(document.source[bead.source[0]], document.sourceLanguage),
                 try names(document.target[bead.target[0]], document.targetLanguage))
            }
            beads += ones.count
            for (offset, bead) in ones.enumerated() {
                let shifted = sides[(offset + 5) % sides.count]
                for direction in 0...1 {
                    let own = direction == 0 ? sides[offset].0 : sides[offset].1
                    let other = direction == 0 ? sides[offset].1 : sides[offset].0
                    let otherKeys = Set(other.map(\.key)), shiftedKeys = Set((direction == 0 ? shifted.1 : shifted.0).map(\.key))
                    let sentence = direction == 0 ? document.source[bead.source[0]] : document.target[bead.target[0]]
                    for mention in own {
                        mentions[direction] += 1
                        let opens = mention.range.lowerBound == sentence.startIndex && !mention.surface.contains(" ")
                        if opens { initial[direction] += 1 }
                        if opens, otherKeys.contains(mention.key) { initialFound[direction] += 1 }
                        if shiftedKeys.contains(mention.key) { shiftedFound[direction] += 1 }
                        if otherKeys.contains(mention.key) { found[direction] += 1; continue }
                        let sentences = [document.source[bead.source[0]], document.target[bead.target[0]]]
                        let languages = [document.sourceLanguage, document.targetLanguage]
                        // Whether a word (or two) of the other sentence, keyed alone, has the key:
                        // then the name is there and mention finding missed it.
                        let words = sentences[1 - direction].split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "," || $0 == "\"" || $0 == "“" || $0 == "”" })
                        var unfound = false
                        for (index, word) in words.enumerated() where !unfound {
                            if try keyer.key(for: word, language: languages[1 - direction]) == mention.key { unfound = true }
                            if index + 1 < words.count, try keyer.key(for: word + " " + words[index + 1], language: languages[1 - direction]) == mention.key { unfound = true }
                        }
                        if unfound { unfoundCount[direction] += 1 }
                        if !findsTranscriptions { misses.append([pair, "\(languages[direction])→\(languages[1 - direction])", unfound ? "unfound" : other.isEmpty ? "none" : "differs", String(mention.surface), mention.key.value,
                                       other.map { "\($0.surface)=\($0.key.value)" }.joined(separator: " "),
                                       String(sentences[direction]), String(sentences[1 - direction])].joined(separator: "\t")) }
                    }
                }
            }
        }
        let languages = pair.split(separator: "-")
        for direction in 0...1 {
            let from = languages[direction], to = languages[1 - direction]
            let total = max(1, mentions[direction])
            print("\(pair)  \(beads)    \(from)→\(to)      \(mentions[direction])      \(found[direction])     \(fixed(Double(found[direction]) / Double(total), 3))   \(fixed(Double(shiftedFound[direction]) / Double(total), 3))         \(unfoundCount[direction])                                         \(initialFound[direction])/\(initial[direction])")
        }
    }
    }
    if let path = ProcessInfo.processInfo.environment["ROSETTA_NAMEMATCH_MISSES"] {
        try (misses.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        print("\(misses.count) misses written to \(path)")
    }
}
