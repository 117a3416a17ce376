/// Russian case forms of names reduced to one form per name, so that Медведеву, Медведевым and
/// Медведева (genitive) meet Медведев, while a woman's Медведева stays apart.
///
/// Not a full morphology: names only. Surnames in -ов/-ев/-ин/-ын/-ский follow the surname
/// paradigm with the gender taken from the context (a given name or patronymic next to it); other
/// words are reduced to a stem unless a reading is a known gazetteer word; a Korean name's last
/// syllable loses its case ending (Ким Чен Ира → Ким Чен Ир).
enum RussianNames {
    /// The case forms of a given name in the nominative (lower case), the nominative included.
    static func givenNameForms(_ name: String, gender: NameLexicon.Gender) -> [String] {
        guard name.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) else { return [name] }
        var forms = [name]
        func replace(_ suffix: String, with endings: [String]) -> Bool {
            guard name.hasLetterSuffix(suffix) else { return false }
            let stem = String(name.dropLast(suffix.count))
            forms += endings.map { stem + $0 }
            return true
        }
        if gender == .female {
            if replace("ия", with: ["ии", "ию", "ией"]) { return forms }
            if replace("ья", with: ["ьи", "ье", "ью", "ьей"]) { return forms }
            if replace("а", with: ["ы", "и", "е", "у", "ой", "ою"]) { return forms }
            if replace("ь", with: ["и", "ью"]) { return forms }
            return forms
        }
        if replace("ий", with: ["ия", "ию", "ием", "ии"]) { return forms }
        if replace("ей", with: ["ея", "ею", "еем", "ее"]) { return forms }
        if replace("ай", with: ["ая", "аю", "аем", "ае"]) { return forms }
        if replace("ь", with: ["я", "ю", "ем", "е"]) { return forms }
        if replace("а", with: ["ы", "и", "е", "у", "ой"]) { return forms }
        if replace("ел", with: ["ла", "лу", "лом", "ле"]) { forms += [name + "а", name + "у", name + "ом", name + "е"]; return forms }
        if replace("ев", with: ["ьва", "ьву", "ьвом", "ьве"]) { forms += [name + "а", name + "у", name + "ом", name + "е"]; return forms }
        forms += ["а", "у", "ом", "е"].map { name + $0 }
        return forms
    }

    /// The gender a name's words show: a known given name or a patronymic.
    static func gender(of words: [String], lexicon: NameLexicon) -> NameLexicon.Gender? {
        for word in words {
            if let gender = lexicon.givenNames[word] { return gender }
            if isPatronymic(word) { return word.contains("вн") || word.contains("чн") ? .female : .male }
        }
        return nil
    }

    static let patronymicStems: [[Unicode.Scalar]] = ["ович", "евич", "овн", "евн", "ичн", "инич"].map { Array($0.unicodeScalars) }

    static func isPatronymic(_ word: String) -> Bool {
        // By scalars, Cyrillic only: this runs for every word of every name keyed.
        guard let first = word.unicodeScalars.first, (0x400...0x4FF).contains(first.value) else { return false }
        let scalars = Array(word.unicodeScalars)
        for stem in patronymicStems where scalars.count >= stem.count {
            // The last occurrence decides: at least two letters before it, at most three after.
            for start in stride(from: scalars.count - stem.count, through: 0, by: -1)
            where scalars[start..<(start + stem.count)].elementsEqual(stem) {
                if start >= 2, scalars.count - start - stem.count <= 3 { return true }
                break
            }
        }
        if word.hasLetterSuffix("ич") || word.hasLetterSuffix("ича") || word.hasLetterSuffix("ичу") || word.hasLetterSuffix("ичем") { return scalars.count > 5 }
        return false
    }

    static let surnameSuffixes = ["ов", "ев", "ёв", "ин", "ын"]
    /// Longest first: the first that leaves a surname stem wins.
    static let surnameEndings = ["", "а", "у", "ым", "ом", "е", "ой", "ою", "ы", "ых", "ыми"].sorted { $0.count > $1.count }

    /// A surname of the -ов/-ев/-ин paradigm, split into stem+suffix and ending.
    static func surnameParts(_ word: String) -> (base: String, ending: String)? {
        for ending in surnameEndings where word.hasLetterSuffix(ending) {
            let base = String(word.dropLast(ending.count))
            if base.characterCount >= 4, surnameSuffixes.contains(where: { base.hasLetterSuffix($0) }) { return (base, ending) }
        }
        return nil
    }

    /// Case endings of -ский / -ская, and whether the ending is a man's.
    static let skiyEndings = [("ского", true), ("скому", true), ("ским", true), ("ском", false), ("ской", false), ("скую", false)]

    /// One word of a name (lower case) in its dictionary form, given the name's gender.
    static func lemma(_ word: String, gender: NameLexicon.Gender?, lexicon: NameLexicon) -> String {
        if word.characterCount <= 2 || word.unicodeScalars.allSatisfy({ !(0x0430...0x044F).contains($0.value) && $0 != "ё" }) {
            return word
        }
        if lexicon.givenNames[word] != nil { return word }
        // -ский / -ская: Зеленского → Зеленский (but Новосибирском is a town in -ск).
        for (ending, masculine) in skiyEndings where word.hasLetterSuffix(ending) {
            let stem = word.dropLast(ending.count)
            if ending == "ском" { return gender == .male ? stem + "ский" : stem + "ск" }
            if masculine { return stem + "ский" }
            return stem + (gender == .male ? "ский" : "ская")
        }
        if let (base, ending) = surnameParts(word) {
            let feminine = base + "а"
            switch ending {
            case "": return base
            case "ой", "ою": return gender == .male ? base : feminine
            case "а":
                if gender == .female { return feminine }
                if gender == .male { return base }
                // No context: the genitive of a man's name is the usual reading, unless only the
                // woman's name is known (Захарова).
                if !lexicon.knownRussianWords.contains(base) && lexicon.knownRussianWords.contains(feminine) { return feminine }
                return base
            case "у": return gender == .female ? feminine : base
            default: return base
            }
        }
        // A case reading that the gazetteer knows comes first (кореи → корея, though "Кореи"
        // also appears inside "Трудовая партия Кореи"), then the word as it is.
        for (ending, replacements) in candidateEndings where word.hasLetterSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            for replacement in replacements where replacement != ending && lexicon.knownRussianWords.contains(stem + replacement) {
                return stem + replacement
            }
        }
        if lexicon.knownRussianWords.contains(word) { return word }
        return stem(word)
    }

    /// Readings tried against the gazetteer's words, longest ending first.
    static let candidateEndings: [(String, [String])] = [
        ("ией", ["ия"]), ("еей", ["ея"]), ("ого", ["ый", "ий", "ой"]), ("его", ["ий", "ее"]), ("ому", ["ый", "ой"]),
        ("ему", ["ий"]), ("ыми", ["ые"]), ("ами", ["а", ""]), ("ями", ["я", "ь"]),
        ("ии", ["ия", "ий"]), ("ию", ["ия", "ий"]), ("ием", ["ий"]), ("еи", ["ея"]), ("ее", ["ея", "ий"]),
        ("ею", ["ея", "ей"]), ("ой", ["а", "ая", "ой"]), ("ую", ["ая"]), ("юю", ["яя"]), ("ым", ["ый", ""]), ("им", ["ий"]), ("ом", ["", "о"]),
        ("ем", ["", "ь", "й"]), ("ей", ["ь", "ея"]), ("ы", ["а", ""]), ("и", ["а", "я", "ь", "и"]), ("у", ["", "а"]),
        ("ю", ["я", "ь", "й"]), ("е", ["", "а", "я", "ь", "й"]), ("а", ["", "ь"]), ("я", ["ь", "й"]), ("ия", ["ий"]),
    ]

    /// The endings `stem` takes off, in order, and what replaces each.
    static let stemRules: [(String, String)] = [
        ("ией", "и"), ("ии", "и"), ("ию", "и"), ("ия", "и"), ("еей", "е"), ("еи", "е"), ("ее", "е"), ("ею", "е"),
        ("ея", "е"), ("ами", ""), ("ями", ""), ("ого", "ый"), ("его", "ий"), ("ому", "ый"), ("ему", "ий"), ("ыми", ""),
        ("ой", ""), ("ом", ""), ("ем", ""), ("ым", "ый"), ("ую", ""), ("ах", ""), ("ях", ""), ("ам", ""), ("ям", ""),
        ("а", ""), ("я", ""), ("у", ""), ("ю", ""), ("е", ""), ("ы", ""), ("ь", ""),
    ]

    /// Reduction of an unknown word to a stem shared by its case forms (Сеула, Сеуле, Сеулом →
    /// сеул; России, Россию → росси). The sound-class key then drops a final -a, so that the
    /// nominative (Россия) and the English form (Russia) meet the stem.
    static func stem(_ word: String) -> String {
        for (ending, replacement) in stemRules where word.hasLetterSuffix(ending) {
            let base = String(word.dropLast(ending.count))
            guard base.characterCount >= 3 else { continue }
            // Korean places in -джу/-чжу (Хэджу, Кванджу) and names in -том/-ром/-ком (Росатом,
            // Газпром) are nominatives, not case forms.
            if ending == "у", base.hasLetterSuffix("дж") || base.hasLetterSuffix("чж") { return word }
            if ending == "ом", let before = base.last, "трк".contains(before) { return word }
            var result = base + replacement
            if replacement.isEmpty, let last = result.last, last == "а" || last == "о" { result.append("й") }
            return result
        }
        if word.hasLetterSuffix("и"), let before = word.dropLast().last, !"аеёиоуыэюяр".contains(before), word.characterCount >= 6 || "кгхжшчщ".contains(before) && word.characterCount >= 4 {
            return String(word.dropLast())
        }
        return word
    }

    /// A Korean name's last syllable without its Russian case ending: Ира → Ир, Ыну → Ын.
    static func koreanSyllable(_ word: String) -> String {
        guard word.characterCount >= 3 else { return word }
        for ending in ["ом", "ем", "а", "я", "у", "ю", "е"] where word.hasLetterSuffix(ending) {
            let stem = word.dropLast(ending.count)
            if stem.characterCount >= 2, stem.contains(where: { "аеёиоуыэюя".contains($0) }) { return String(stem) }
        }
        return word
    }
}
