/// Acronyms keyed as letter sequences across scripts: FBI, F.B.I. and ФБР read letter by letter
/// ("#fbi", "#fbr"), as do their spelled-out forms (Би-би-си and 비비시 are "#bbc"). Sound
/// classes would fold them together (BBC and FWC both "pk"); letters keep every acronym apart.
/// An acronym whose letters differ across languages (FBI / ФБР, UN / ООН) meets its translation
/// through the gazetteer's aliases, which are looked up first.
enum Acronyms {
    /// Acronyms are two to six letters long.
    static let lengths = 2...6

    /// The key letters of a name's words when they are an acronym, else nil.
    static func letters(_ words: [String]) -> String? {
        guard !words.isEmpty else { return nil }
        // Spelled-out letter names written apart or hyphenated: "Би-би-си", "би би си".
        if let spelled = russianLetterNames(words.flatMap { $0.split(separator: "-").map(String.init) }) { return spelled }
        guard words.count == 1, let word = words.first else { return nil }
        if let capitals = capitals(word) { return capitals }
        return koreanLetterNames(word)
    }

    /// "FBI", "U.N.", "ФБР", "НАТО": capital letters of one script, dots between them allowed.
    static func capitals(_ word: String) -> String? {
        let letters = word.unicodeScalars.filter { $0 != "." }
        guard lengths.contains(letters.count), word.unicodeScalars.first != "." else { return nil }
        if letters.allSatisfy({ (0x41...0x5A).contains($0.value) }) {
            return String(String.UnicodeScalarView(letters)).lowercased()
        }
        var key = ""
        for letter in letters {
            guard let latin = cyrillic[letter] else { return nil }
            key += latin
        }
        return key
    }

    /// Capital Cyrillic letters in the Latin letters that key them.
    static let cyrillic: [Unicode.Scalar: String] = [
        "А": "a", "Б": "b", "В": "v", "Г": "g", "Д": "d", "Е": "e", "Ё": "e", "Ж": "zh", "З": "z", "И": "i", "Й": "i",
        "К": "k", "Л": "l", "М": "m", "Н": "n", "О": "o", "П": "p", "Р": "r", "С": "s", "Т": "t", "У": "u", "Ф": "f",
        "Х": "h", "Ц": "ts", "Ч": "ch", "Ш": "sh", "Щ": "sh", "Ы": "y", "Э": "e", "Ю": "yu", "Я": "ya",
    ]

    /// The names of the Latin letters as Russian spells them out (Би-би-си, Си-эн-эн, Эм-ти-ви).
    static let russianNames: [String: Character] = [
        "эй": "a", "би": "b", "си": "c", "ди": "d", "эф": "f", "джи": "g", "эйч": "h", "ай": "i", "джей": "j",
        "кей": "k", "эл": "l", "эм": "m", "эн": "n", "оу": "o", "пи": "p", "кью": "q", "ар": "r", "эс": "s",
        "ти": "t", "ю": "u", "ви": "v", "экс": "x", "уай": "y", "зед": "z", "зи": "z",
    ]

    /// Every part a Latin letter's Russian name, two parts or more.
    static func russianLetterNames(_ parts: [String]) -> String? {
        guard parts.count >= 2, lengths.contains(parts.count) else { return nil }
        var key = ""
        for part in parts {
            guard let letter = russianNames[part.lowercased()] else { return nil }
            key.append(letter)
        }
        return key
    }

    /// The names of the Latin letters in Hangul, as Korean writes acronyms out (비비시, 에프비아이).
    static let koreanNames: [String: Character] = [
        "에이": "a", "비": "b", "시": "c", "씨": "c", "디": "d", "이": "e", "에프": "f", "지": "g", "에이치": "h",
        "아이": "i", "제이": "j", "케이": "k", "엘": "l", "엠": "m", "엔": "n", "오": "o", "피": "p", "큐": "q",
        "알": "r", "에스": "s", "티": "t", "유": "u", "브이": "v", "더블유": "w", "엑스": "x", "와이": "y", "제트": "z",
    ]

    /// A Hangul word read as letter names from start to end (longest names first), three letters
    /// or more: two syllables such as 이유 ("reason") or 오이 would read as letters too.
    static func koreanLetterNames(_ word: String) -> String? {
        let syllables = Array(word)
        guard syllables.count >= 3, syllables.allSatisfy({ $0.unicodeScalars.allSatisfy { (0xAC00...0xD7A3).contains($0.value) } })
        else { return nil }
        var key = "", index = 0
        while index < syllables.count {
            guard let (letter, length) = (1...3).reversed().lazy.compactMap({ length -> (Character, Int)? in
                guard index + length <= syllables.count, let letter = koreanNames[String(syllables[index..<(index + length)])] else { return nil }
                return (letter, length)
            }).first else { return nil }
            key.append(letter)
            index += length
        }
        return lengths.contains(key.count) && key.count >= 3 ? key : nil
    }

    /// Whether the text is an acronym key ("#fbi"): keying a key gives it back.
    static func isKey(_ text: some StringProtocol) -> Bool {
        text.first == "#" && text.count > 1 && text.dropFirst().allSatisfy { $0.isASCII && $0.isLowercase }
    }
}
