/// The sound-class spelling of a name, the same for its English, Russian and Korean forms.
///
/// Every script is reduced to one small alphabet of classes that the romanization systems in use
/// agree on (McCune–Reischauer, Revised and North Korean spellings in English; ISO 9 and
/// Kontsevich in Russian; Hangul jamo):
///
///     vowels      a (a, я, ㅏㅑ)   e (e, ae, yo, yeo, yu, е, ё, э, ю, ㅐㅔㅕㅛㅠ)   i (i, ee, и, ㅣㅢ)
///                 o (o, u, eo, eu, о, у, ㅓㅗㅜㅡ)
///     consonants  k (k g q, к г, ㄱㅋㄲ)   t (t d, т д, ㄷㅌ)   p (p b f v w, п б ф в, ㅂㅍ)
///                 j (j ch zh ts z, ч ж ц з дж чж, ㅈㅊ)   s (s sh, с ш щ, ㅅ)   h (h kh, х, ㅎ)
///                 m, n (n, ng, ㄴ, final ㅇ), l (l r, л р, ㄹ)
///
/// Vowels are kept (as classes): a bare consonant skeleton would merge Putin with Biden (ptn).
/// Doubled classes collapse, so "Jong Nam" and 정남 meet. The result is written so that keying it
/// again gives it back: pairs that a spelling rule would read as one sound ("s" + "h") are cut by "-".
enum PhoneticKey {
    /// Sound classes of a run of lower-case ASCII Latin letters (one word or hyphen-free chunk).
    static func appendLatin(_ chunk: some Collection<UInt8>, to key: inout [UInt8]) {
        let s = Array(chunk)
        var i = 0
        func at(_ offset: Int) -> UInt8 { i + offset < s.count ? s[i + offset] : 0 }
        func isVowel(_ c: UInt8) -> Bool { c == a || c == e || c == ii || c == o || c == u }
        func starts(_ pattern: StaticString) -> Bool {
            let count = pattern.utf8CodeUnitCount
            guard i + count <= s.count else { return false }
            for k in 0..<count where s[i + k] != pattern.utf8Start[k] { return false }
            return true
        }
        var glide = false
        let silentE = silentFinalE(s)
        while i < s.count {
            let c = s[i]
            // English's silent final e lengthens the vowel before it: Blake, Mike, Jones, James are
            // 블레이크 Блейк, 마이크 Майк, 존스 Джонс, 제임스 Джеймс.
            if let silentE, i == silentE - 2 {
                key.append(contentsOf: c == a ? [e, ii] : c == ii ? [a, ii] : [o])
                i += 1; continue
            }
            if let silentE, i == silentE { i += 1; continue }
            if isVowel(c) {
                // Longest vowel spellings first.
                let (cls, length): ([UInt8], Int)
                if starts("eui") { (cls, length) = ([ii], 3) }
                else if starts("igh") { (cls, length) = ([a, ii], 3) }  // Brighton = Брайтон = 브라이튼
                else if starts("eo") || starts("eu") || starts("oo") || starts("ou") { (cls, length) = ([o], 2) }
                else if starts("ae") { (cls, length) = ([e], 2) }
                else if starts("oe") { (cls, length) = ([p, e], 2) }
                else if starts("ui") { (cls, length) = ([ii], 2) }
                else if starts("ee") { (cls, length) = ([ii], 2) }
                else { (cls, length) = ([c == u ? o : c], 1) }
                // After a y glide the back vowels read as e: yo, yu, yeo are ㅛ ㅠ ㅕ (Russian ё ю).
                if glide, cls == [o] { key.append(e) } else { key.append(contentsOf: cls) }
                glide = false
                i += length
                continue
            }
            glide = false
            if starts("shch") { key.append(s_); i += 4; continue }
            if starts("dzh") || starts("tch") || starts("sch") { key.append(starts("sch") ? s_ : j); i += 3; continue }
            if starts("sh") { key.append(s_); i += 2; continue }
            // Greek ch before r or l is k: Christine = Кристин = 크리스틴.
            if starts("chr") || starts("chl") { key.append(k); i += 2; continue }
            if starts("ch") || starts("zh") || starts("ts") || starts("tz") || starts("dz") || starts("dj") {
                key.append(j); i += 2; continue
            }
            if starts("kh") { key.append(h); i += 2; continue }
            if starts("ph") { key.append(p); i += 2; continue }
            if starts("wh") { key.append(h); key.append(p); i += 2; continue }  // Kyung-wha = 경화
            if starts("th") { key.append(t); i += 2; continue }
            if starts("gh") || starts("ck") { key.append(k); i += 2; continue }
            if starts("ng") {
                // "ng" before a vowel inside a word is n + g (Hangang = han-gang); elsewhere, and
                // before a y glide (Pyongyang = pyeong-yang), it is ㅇ.
                if isVowel(at(2)) { key.append(n); key.append(k) } else { key.append(n) }
                i += 2; continue
            }
            switch c {
            case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "v"), p: key.append(p)
            case UInt8(ascii: "d"), t: key.append(t)
            case UInt8(ascii: "g"), UInt8(ascii: "q"), k: key.append(k)
            case UInt8(ascii: "c"):
                let next = at(1)
                key.append(next == e || next == ii || next == y ? s_ : k)
            case UInt8(ascii: "x"): key.append(k); key.append(s_)
            case UInt8(ascii: "z"), j: key.append(j)
            case UInt8(ascii: "r"), l: key.append(l)
            case m, n, s_: key.append(c)
            case h:
                // A silent h after a vowel: Roh, Ahn, Oh.
                let previous = i > 0 ? s[i - 1] : 0
                if isVowel(previous) && !isVowel(at(1)) && at(1) != y {} else { key.append(h) }
            case w:
                // "Woo" is 우: the w of wu/woo is spelling only; elsewhere w is ㅗ/ㅜ glide = в.
                if at(1) == u || (at(1) == o && at(2) == o) {} else { key.append(p) }
            case y:
                if isVowel(at(1)) { glide = true } else { key.append(ii) }
            default:
                if (0x30...0x39).contains(c) { key.append(c) }
            }
            i += 1
        }
    }

    /// The index of a silent final e (Blake, Jones: consonant, one vowel a i o u, consonant, e or es).
    /// Not after two vowels (Ukraine) nor at a word's second letter (Abe).
    static func silentFinalE(_ s: [UInt8]) -> Int? {
        let end = s.last == s_ && s.count >= 5 && s[s.count - 2] == e ? s.count - 2 : s.last == e ? s.count - 1 : -1
        guard end >= 3 else { return nil }
        let consonants: Set<UInt8> = Set("bcdfgklmnprstvz".utf8), vowels: Set<UInt8> = Set("aeiouy".utf8)
        guard consonants.contains(s[end - 1]), [a, ii, o, u].contains(s[end - 2]), !vowels.contains(s[end - 3]) else { return nil }
        return end
    }

    /// Sound classes of a Cyrillic word (lower case). `koreanName` reads it as Kontsevich: ы is ㅡ
    /// (o), ый is ㅢ (i), and че/чё is 저/정 (Ким Чен Ир is 김정일).
    static func appendCyrillic(_ s: [Unicode.Scalar], koreanName: Bool, to key: inout [UInt8]) {
        var i = 0
        var glide = false
        func at(_ offset: Int) -> Unicode.Scalar { i + offset < s.count ? s[i + offset] : " " }
        func isVowel(_ c: Unicode.Scalar) -> Bool {
            switch c { case "а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "і", "ї", "є": true; default: false }
        }
        while i < s.count {
            let c = s[i]
            defer { i += 1 }
            // У before a vowel opening a word is English w: Уэст = West = 웨스트, Уильям = William.
            if c == "у", i == 0, isVowel(at(1)), at(1) != "у" { key.append(p); glide = false; continue }
            if isVowel(c) {
                var cls: UInt8
                switch c {
                case "а", "я": cls = a
                case "е", "ё", "э", "ю", "є": cls = e
                case "и", "і", "ї": cls = ii
                case "ы":
                    if koreanName && at(1) == "й" { key.append(ii); i += 1; glide = false; continue }
                    cls = koreanName ? o : ii
                default: cls = o  // о, у
                }
                if glide && cls == o { cls = e }
                key.append(cls)
                glide = false
                continue
            }
            glide = false
            switch c {
            case "б", "в", "п", "ф": key.append(p)
            case "г", "к", "ґ": key.append(k)
            case "д":
                if at(1) == "ж" { key.append(j); i += 1 } else { key.append(t) }
            case "т":
                if at(1) == "с" { key.append(j); i += 1 } else { key.append(t) }  // Иркутск = Irkutsk
            case "ч":
                if at(1) == "ж" { i += 1 }
                key.append(j)
                if koreanName, at(1) == "е" || at(1) == "ё" { key.append(o); i += 1 }
            case "ж", "з", "ц": key.append(j)
            case "с", "ш", "щ": key.append(s_)
            case "х":
                let previous = i > 0 ? s[i - 1] : " "
                // Kontsevich aspirates: пх кх тх чх are ㅍㅋㅌㅊ.
                if !"пктч".unicodeScalars.contains(previous) { key.append(h) }
            case "л", "р": key.append(l)
            case "м": key.append(m)
            case "н":
                key.append(n)
                // нг before a consonant or at the end is English ng, Korean ㅇ: Ливингстон, Гонконг.
                if at(1) == "г", !isVowel(at(2)) { i += 1 }
            case "й":
                if isVowel(at(1)) { glide = true } else { key.append(ii) }
            default:
                if c.isASCII, (0x30...0x39).contains(c.value) { key.append(UInt8(c.value)) }
            }
        }
    }

    /// Collapses doubled classes and cuts pairs that a spelling rule would join, so that the key,
    /// read again as Latin, gives itself back.
    static func finish(_ raw: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count + 2)
        var previous: UInt8 = 0
        for c in raw where c != previous {
            if let before = out.last, joins(before, c) { out.append(UInt8(ascii: "-")) }
            out.append(c)
            previous = c
        }
        // A chunk's final e or es that Latin spelling would read as silent is cut off: "ton-e"
        // (Тоне) reads back as itself, "tone" would not. Chunks end at "-" (`appendLatin` reads
        // each alone); from the last, so that offsets before stay put.
        var end = out.count
        while end > 0 {
            let start = (out[..<end].lastIndex(of: UInt8(ascii: "-")) ?? -1) + 1
            if let silent = silentFinalE(Array(out[start..<end])) { out.insert(UInt8(ascii: "-"), at: start + silent) }
            end = start - 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func joins(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first, second) {
        case (s_, h), (k, h), (p, h), (t, h), (t, s_), (a, e), (e, o), (o, e), (o, o): return true
        case (a, h), (e, h), (ii, h), (o, h): return true
        default: return false
        }
    }

    static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), ii = UInt8(ascii: "i"), o = UInt8(ascii: "o"),
               u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), w = UInt8(ascii: "w"), h = UInt8(ascii: "h"),
               k = UInt8(ascii: "k"), t = UInt8(ascii: "t"), p = UInt8(ascii: "p"), j = UInt8(ascii: "j"),
               s_ = UInt8(ascii: "s"), l = UInt8(ascii: "l"), m = UInt8(ascii: "m"), n = UInt8(ascii: "n")
}
