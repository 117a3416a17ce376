import CorpusStore
import Foundation
import RosettaTestSupport

/// A generated en-ru wire collection on disk, for measuring pairing at scale: `documents`
/// reports a side, half of them translations of a report of the other side (filed 0–2 days
/// later), half orphans on the same entities. Reports have realistic lengths (6–20 sentences
/// of 8–18 words) and the evidence of news: people and places from a shared pool (Latin names
/// and their Cyrillic transliterations, the famous ones in many reports), numbers, dates.
/// Translated sentences keep their names, numbers and dates and get other words; one in
/// twenty is merged with the next.
struct GeneratedCollection {
    let folder: String
    let dates: [String: Day]
    /// "en-file<TAB>ru-file" (basenames).
    let gold: Set<String>

    init(documents: Int, seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rosetta-pairbench-\(documents)-\(UUID().uuidString)").path
        for language in ["en", "ru"] { try FileManager.default.createDirectory(atPath: "\(folder)/\(language)", withIntermediateDirectories: true) }
        let syllables = ["ka", "lo", "vin", "mar", "te", "su", "dor", "ni", "ra", "bel", "to", "gor", "li", "san", "pe", "mu", "den", "ko", "ri", "va"]
        func word(_ parts: Int) -> String { (0..<parts).map { _ in random.pick(syllables) }.joined() }
        let entities = (0..<max(200, documents)).map { _ -> (String, String) in
            let latin = word(2 + random.below(2)).capitalized
            return (latin, Self.cyrillic(latin))
        }
        let english = (0..<3_000).map { _ in word(1 + random.below(3)) }
        let russian = (0..<3_000).map { _ in Self.cyrillic(word(1 + random.below(3))) + random.pick(["", "а", "ов", "ий"]) }
        let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let monthsRU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]

        /// A report's sentences as (English words, Russian words) with the shared evidence.
        func story() -> [(en: String, ru: String)] {
            // Famous entities come up often (a Zipf-like pick), the rest rarely.
            let cast = (0..<(3 + random.below(3))).map { _ in entities[min(random.below(entities.count), random.below(entities.count))] }
            return (0..<(6 + random.below(15))).map { _ in
                var en: [String] = [], ru: [String] = []
                let length = 8 + random.below(11)
                for _ in 0..<length { en.append(random.pick(english)) }
                for _ in 0..<(length * 9 / 10) { ru.append(random.pick(russian)) }
                for _ in 0..<random.below(3) {
                    let entity = random.pick(cast)
                    let (i, j) = (random.below(en.count), random.below(ru.count))
                    en.insert(entity.0, at: i)
                    ru.insert(entity.1, at: j)
                }
                if random.below(10) < 3 {
                    let number = String(1 + random.below(9_999))
                    en.insert(number, at: random.below(en.count))
                    ru.insert(number, at: random.below(ru.count))
                }
                if random.below(10) == 0 {
                    let (month, day) = (random.below(12), 1 + random.below(28))
                    en.append("on \(monthsEN[month]) \(day)")
                    ru.append("\(day) \(monthsRU[month])")
                }
                return (en.joined(separator: " ").capitalizedFirst + ".", ru.joined(separator: " ").capitalizedFirst + ".")
            }
        }
        func prose(_ sentences: [String]) -> String {
            stride(from: 0, to: sentences.count, by: 4).map { sentences[$0..<min($0 + 4, sentences.count)].joined(separator: " ") }.joined(separator: "\n\n") + "\n"
        }

        var dates: [String: Day] = [:], gold: Set<String> = []
        let translated = documents / 2
        // File names say nothing: a shuffled number on each side.
        var order = Array(0..<documents), russianOrder = Array(0..<documents)
        order.shuffle(using: &random)
        russianOrder.shuffle(using: &random)
        for k in 0..<documents {
            let day = Day(value: 15_000 + random.below(365))
            let enName = String(format: "en-%06d.txt", order[k]), ruName = String(format: "ru-%06d.txt", russianOrder[k])
            let sentences = story()
            if k < translated {
                var russianSentences: [String] = []
                var index = 0
                while index < sentences.count {
                    if random.below(20) == 0 && index + 1 < sentences.count {
                        russianSentences.append(sentences[index].ru.dropLast() + ", " + sentences[index + 1].ru.lowercasedFirst)
                        index += 2
                    } else {
                        russianSentences.append(sentences[index].ru)
                        index += 1
                    }
                }
                try prose(sentences.map(\.en)).write(toFile: "\(folder)/en/\(enName)", atomically: false, encoding: .utf8)
                try prose(russianSentences).write(toFile: "\(folder)/ru/\(ruName)", atomically: false, encoding: .utf8)
                dates["\(folder)/en/\(enName)"] = day
                dates["\(folder)/ru/\(ruName)"] = Day(value: day.value + random.below(3))
                gold.insert("\(enName)\t\(ruName)")
            } else {
                // An orphan on each side, on the same pool of entities.
                try prose(sentences.map(\.en)).write(toFile: "\(folder)/en/\(enName)", atomically: false, encoding: .utf8)
                try prose(story().map(\.ru)).write(toFile: "\(folder)/ru/\(ruName)", atomically: false, encoding: .utf8)
                dates["\(folder)/en/\(enName)"] = day
                dates["\(folder)/ru/\(ruName)"] = Day(value: 15_000 + random.below(365))
            }
        }
        self.dates = dates
        self.gold = gold
    }

    /// A plain letter-by-letter Cyrillic spelling of a Latin pseudo-word.
    static func cyrillic(_ latin: String) -> String {
        let table: [Character: String] = ["a": "а", "b": "б", "d": "д", "e": "е", "g": "г", "i": "и", "k": "к", "l": "л", "m": "м", "n": "н",
                                          "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в"]
        let word = latin.lowercased().map { table[$0] ?? String($0) }.joined()
        return latin.first?.isUppercase == true ? word.capitalizedFirst : word
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
