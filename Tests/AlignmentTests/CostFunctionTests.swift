import Transliteration
import CorpusModel
import RosettaTestSupport
import Testing
@testable import Alignment

@Suite struct NumberAnchorTests {
    /// "kind:key" for each anchor, the key recovered by hashing the candidates it may be.
    func keys(_ text: String, _ language: LanguageTag = .english) -> [String] {
        let candidates = (0...3000).map(String.init) + ["1.5", "6.6", "3.5"]
        return NumberAnchors().anchors(in: text[...], language: language).map { anchor in
            "\(anchor.kind.label):" + (candidates.first { AnchorKey.hash($0) == anchor.keys[0] } ?? "?")
        }
    }

    @Test(arguments: [("3,000 tonnes", "en"), ("3 000 тонн", "ru"), ("3000 t", "en"), ("3.000 Tonnen", "de"), ("3\u{00A0}000 тонн", "ru"),
                      ("3 000 tonnes", "fr"), ("3\u{202F}000 tonnes", "fr")])
    func thousandsSeparatorsMeet(_ text: String, _ code: String) throws {
        #expect(keys(text, try LanguageTag(code)) == ["number:3000"])
    }

    /// Each language's decimal mark: the same quantity written the German, French, Russian and
    /// English ways meets; a mark that is not the language's groups thousands.
    @Test func decimalMarksOfEachLanguage() throws {
        let candidates = ["1000.5", "1000", "1.5", "3.5", "3500", "1250.5"]
        func key(_ text: String, _ code: String) throws -> String? {
            let anchor = NumberAnchors().anchors(in: text[...], language: try LanguageTag(code)).first { $0.kind == .number }
            return anchor.flatMap { found in candidates.first { AnchorKey.hash($0) == found.keys[0] } }
        }
        #expect(try key("1.000,5 Meter", "de") == "1000.5")
        #expect(try key("1 000,5 mètres", "fr") == "1000.5")
        #expect(try key("1,000.5 meters", "en") == "1000.5")
        #expect(try key("1 000,5 метра", "ru") == "1000.5")
        #expect(try key("Fr. 1.250,50", "de") == "1250.5")
        #expect(try key("1,5 Millionen", "de") == nil)  // scaled: 1500000
        #expect(try key("3,5 %", "fr") == "3.5")
        #expect(try key("3.5 per cent", "en") == "3.5")
    }

    @Test func decimalsAndPercentages() {
        #expect(keys("up 6.6 per cent") == ["number:6.6"])
        #expect(keys("выросли на 6,6%") == ["number:6.6"])
        #expect(keys("a 14% jump") == ["number:14"])
        #expect(keys("1.50 dollars") == ["number:1.5"])
    }

    /// German and French dates from their profiles: ordinal "3." and "1er", months in both.
    @Test func datesInGermanAndFrench() throws {
        let german = try LanguageTag("de"), french = try LanguageTag("fr")
        #expect(Set(keys("am 3. Oktober 1865", german)) == ["month:10", "number:3", "number:1865"])
        #expect(Set(keys("le 1er janvier 2010", french)) == ["month:1", "number:1", "number:2010"])
        #expect(Set(keys("Am 24. August", german)) == Set(keys("le 24 août", french)))
        #expect(Set(keys("im März", german)) == ["month:3"] && Set(keys("en mars", french)) == ["month:3"])
        // Month words are the language's: "sept" is French for seven, not September.
        #expect(keys("sept randonneurs", french).isEmpty)
    }

    @Test func datesInThreeLanguages() {
        #expect(Set(keys("on August 24")) == ["month:8", "number:24"])
        #expect(Set(keys("24 августа", .russian)) == ["month:8", "number:24"])
        #expect(Set(keys("8월 24일", .korean)) == ["month:8", "number:24"])
        #expect(keys("Martin came in May") == ["month:5"])
        #expect(keys("Мартин пришёл") == [])
    }
}

@Suite struct CognateAnchorTests {
    let cognates = CognateAnchors()

    func shareKey(_ a: String, _ b: String) -> Bool {
        let x = Set(cognates.anchors(in: a[...], language: .english).flatMap(\.keys))
        let y = Set(cognates.anchors(in: b[...], language: .english).flatMap(\.keys))
        return !x.isDisjoint(with: y)
    }

    @Test func medvedevAcrossThreeScripts() {
        #expect(CognateAnchors.skeleton("medvedev", fromLatin: true) == "MTPTP")
        #expect(shareKey("Medvedev", "Медведев"))
        #expect(shareKey("Medvedev", "메드베데프"))
        #expect(shareKey("Медведевым", "메드베데프는"))
    }

    @Test func unrelatedWordsDoNotMeet() {
        #expect(!shareKey("Medvedev", "Washington"))
        #expect(!shareKey("Медведев", "경제"))
    }
}

@Suite struct PunctuationAndNameTests {
    @Test func questionsAndQuotesAcrossScripts() {
        let p = PunctuationAnchors()
        #expect(p.anchors(in: "Is it so?", language: .english).map(\.keys) == [[AnchorKey.hash("?")]])
        #expect(p.anchors(in: "«Это так»", language: .russian).map(\.keys) == [[AnchorKey.hash("\"")]])
        #expect(p.anchors(in: "plain", language: .english).isEmpty)
    }

    @Test func namesComeFromTheNameKeyer() {
        let names = NameAnchors()
        let en = Set(names.anchors(in: "On Wednesday Kim Jong Il met Medvedev in Buryatia", language: .english).flatMap(\.keys))
        let ru = Set(names.anchors(in: "В среду Ким Чен Ир встретился с Медведевым в Бурятии", language: .russian).flatMap(\.keys))
        let ko = Set(names.anchors(in: "김정일 위원장은 수요일 부랴티야에서 메드베데프 대통령과 만났다", language: .korean).flatMap(\.keys))
        #expect(en.count == 3)
        #expect(en == ru)
        #expect(en == ko)
        let other = Set(names.anchors(in: "Ким Чен Ын встретился с Путиным", language: .russian).flatMap(\.keys))
        #expect(other.isDisjoint(with: en))
    }
}

@Suite struct LengthModelTests {
    @Test func galeChurchPrefersProportionalLengths() {
        let cost = LengthCost(sourceLengths: [100, 100], targetLengths: [50, 20], ratio: 0.5, variance: 3.4)
        #expect(cost.cost(source: 0..<1, target: 0..<1) < cost.cost(source: 1..<2, target: 1..<2))
    }

    @Test func fitRecoversRatioAndVariance() {
        var random = SplitMix64(seed: 11)
        func uniform() -> Double { Double(random.next() >> 11) / Double(1 << 53) }
        // Korean-like text: half the length, Gale–Church spread; 10% of pairs are wrong.
        let pairs: [(Int, Int)] = (0..<400).map { k in
            let s = 40 + Int(uniform() * 120)
            if k % 10 == 0 { return (s, 10 + Int(uniform() * 150)) }
            let noise = (uniform() + uniform() + uniform() - 1.5) * 2 * (3.4 * Double(s)).squareRoot()
            return (s, max(1, Int(0.5 * Double(s) + noise)))
        }
        let guess = LengthModel(ratio: 1, variance: 10)
        let fitted = guess.fitted(to: pairs)
        #expect(abs(fitted.ratio - 0.5) < 0.05)
        #expect(fitted.variance > 1 && fitted.variance < 8)
    }
}

@Suite struct AnchorCostTests {
    @Test func sharedAnchorsLowerTheCostMissingOnesRaiseIt() {
        let n = [Anchor(kind: .number, key: "2018")]
        let cost = AnchorCost(source: [n, []], target: [n, [Anchor(kind: .number, key: "7")]], model: .prior)
        #expect(cost.cost(source: 0..<1, target: 0..<1) < 0)
        #expect(cost.cost(source: 0..<1, target: 1..<2) > 0)
        #expect(cost.cost(source: 0..<1, target: 0..<0) == 0)
    }

    /// "June" in two source sentences, once in the merged target line: found once, and the
    /// repeat is no evidence for the merge (it would be, counted twice).
    @Test func aRepeatedAnchorInABlockCountsOnce() {
        let june = [Anchor(kind: .month, key: "6")]
        let repeated = AnchorCost(source: [june, june], target: [june], model: .prior)
        let single = AnchorCost(source: [june, []], target: [june], model: .prior)
        #expect(abs(repeated.cost(source: 0..<2, target: 0..<1) - single.cost(source: 0..<2, target: 0..<1)) < 1e-9)
        var tabulated = repeated
        tabulated.tabulate(band: Band.diagonal(sourceCount: 2, targetCount: 1, radius: 2))
        #expect(abs(tabulated.cost(source: 0..<2, target: 0..<1) - single.cost(source: 0..<2, target: 0..<1)) < 1e-9)
        // Each sentence alone still finds it.
        #expect(repeated.cost(source: 1..<2, target: 0..<1) < 0)
    }

    @Test func aFindInABiggerBlockIsWorthLess() {
        let n = [Anchor(kind: .number, key: "2018")]
        let cost = AnchorCost(source: [n], target: [n, [], []], model: .prior)
        #expect(cost.cost(source: 0..<1, target: 0..<1) < cost.cost(source: 0..<1, target: 0..<2))
    }
}

@Suite struct BoundaryCostTests {
    @Test func aSplitSentenceJoinsMergedLinesCount() {
        let split: [Substring] = ["The ministers met on Monday,", "and they agreed on the grain deal.", "Markets rose."]
        let cost = BoundaryCost(source: split, target: ["Une phrase."])
        #expect(cost.sourceSeams[1] < 0)  // open end, lower-case start
        #expect(cost.sourceSeams[2] >= 0)
        #expect(BoundaryCost.hasStopInside("We met the new council today. Then it rained hard."))
        #expect(!BoundaryCost.hasStopInside("Mr. Kim met U.S. officials."))
    }

    @Test func linesEndInAStopMidSentenceOrOpen() {
        #expect(BoundaryCost.lineEnd("Markets rose.") == .stop)
        #expect(BoundaryCost.lineEnd("He said: «Хватит».") == .stop)
        #expect(BoundaryCost.lineEnd("Полиция сообщила, что «блокады»,") == .continuing)
        #expect(BoundaryCost.lineEnd("맥신 워터스는 직원들의 유출을 부정하고") == .continuing)  // connective -고
        #expect(BoundaryCost.lineEnd("공화당원들 캐버노 논란을") == .continuing)  // object particle
        #expect(BoundaryCost.lineEnd("Ayr go top") == .open)
        #expect(BoundaryCost.lineEnd("") == .open)
    }

    /// A headline cut in two ends open, then in a connective: the seam after the open headline
    /// line says nothing, the seam after the continuing one speaks.
    @Test func aContinuingEndSpeaksInsideTheHeadline() {
        // Rates are measured on the document: a few more plain sentences, as in any story.
        let story: [Substring] = (1...12).map { "회담은 \($0)시에 다시 열렸다." }
        let lines: [Substring] = ["러시아 대통령이 평양을 방문하고", "정상회담을 열다", "두 정상은 오늘 만났다.", "회담은 두 시간 이어졌다."] + story
        let seams = BoundaryCost.seamCosts(LineScalars(lines))
        #expect(seams[1] < -1)  // after "…방문하고"
        #expect(seams[3] > 0)  // after a full sentence
    }

    /// A 1-2 bead is a split or a merge: a merged line (a stop inside) next to two full
    /// sentences is a likely bead, though the two lines' seam looks like a sentence boundary.
    @Test func aMergeNeedsNoSplitSeam() {
        let source: [Substring] = ["The talks ended late on Friday.", "Both sides called them useful.", "More talks come in May."]
        let merged: [Substring] = ["Переговоры закончились поздно в пятницу. Обе стороны назвали их полезными.", "Новые переговоры пройдут в мае."]
        let cost = BoundaryCost(source: source, target: merged)
        #expect(cost.cost(source: 0..<2, target: 0..<1) < 0)
        let unmerged: [Substring] = ["Переговоры закончились поздно в пятницу и обе стороны назвали их полезными", "Новые переговоры пройдут в мае."]
        #expect(BoundaryCost(source: source, target: unmerged).cost(source: 0..<2, target: 0..<1) > 0)
    }
}

@Suite struct BoilerplateTests {
    @Test func recognizesListedLinesAndPrefixes() {
        let list = Boilerplate.builtIn
        #expect(list.contains("Share this article", language: .english))
        #expect(list.contains("  Subscribe to our newsletter. ", language: .english))
        #expect(list.contains("Фото: ТАСС", language: .russian))
        #expect(list.contains("사진 제공=로이터", language: .korean))
        #expect(list.contains("(AP)", language: .korean))  // any language
        #expect(!list.contains("Share prices fell sharply in Seoul on Monday.", language: .english))
        #expect(!list.contains("Photo: the minister spoke for an hour to reporters who had waited since dawn outside", language: .english))
        #expect(!list.contains("공유하기", language: .english))  // Korean list only
    }

    @Test func aUserListAddsLines() {
        let list = Boilerplate(list: "# mine\nen\tpromoted stories\n*\tvia*\n")
        #expect(list.contains("Promoted stories", language: .english))
        #expect(list.contains("via Wikimedia Commons", language: .russian))
        #expect(!list.contains("Share this article", language: .english))
    }

    @Test func aBoilerplateLineStandsAlone() {
        // A link needs evidence that it is a translation (`TranslationRegions`): a name each.
        let source: [Substring] = ["Rain fell across Seoul on Monday.", "Share this article", "Traffic slowed on the bridges over the Han River."]
        let target: [Substring] = ["В понедельник в Сеуле шёл дождь.", "Движение на мостах через реку Ханган замедлилось."]
        let cost = BoilerplateCost(source: source, target: target, sourceLanguage: .english, targetLanguage: .russian)
        #expect(cost.cost(source: 0..<2, target: 0..<1) > 4)
        #expect(cost.cost(source: 1..<2, target: 0..<0) == 0)
        #expect(cost.cost(source: 0..<1, target: 0..<1) == 0)
        let beads = EvidenceAligner(sourceLanguage: .english, targetLanguage: .russian).align(source: source, target: target)
        #expect(beads.map { "\($0.source):\($0.target)" } == ["[0]:[0]", "[1]:[]", "[2]:[1]"])
    }
}

@Suite struct DictionaryTests {
    @Test func parsesAndMatchesInflectedForms() throws {
        let dictionary = try BilingualDictionary(tsv: "# test\ntalks\tпереговор\nsummit\t정상회담\n", file: "d.tsv")
        #expect(dictionary.count == 2)
        let ru = dictionary.anchors(side: .target).anchors(in: "после переговоров", language: .russian)
        #expect(ru.map(\.keys) == [[AnchorKey.hash("0")]])
        let ko = dictionary.anchors(side: .target).anchors(in: "정상회담은 끝났다", language: .korean)
        #expect(ko.map(\.keys) == [[AnchorKey.hash("1")]])
    }

    @Test func reportsTheBadLine() {
        #expect(throws: AlignmentError.malformedDictionary(file: "d.tsv", line: 2, reason: "expected 'source<TAB>target', found 1 field")) {
            _ = try BilingualDictionary(tsv: "a\tb\nno tab here\n", file: "d.tsv")
        }
    }

    @Test func learnsFromAlignedPairs() {
        let pairs: [(source: Substring, target: Substring)] = (0..<DictionaryLearning.minimumBeads).map { k in
            (k % 2 == 0 ? "The harbour froze again" : "Winter came early", k % 2 == 0 ? "Гавань замерзла снова" : "Зима пришла рано")
        }
        let learned = DictionaryLearning.learn(pairs: pairs)
        let en = learned.anchors(side: .source).anchors(in: "Harbours", language: .english)
        let ru = learned.anchors(side: .target).anchors(in: "гавани", language: .russian)
        #expect(!en.isEmpty && Set(en.flatMap(\.keys)).isSubset(of: Set(ru.flatMap(\.keys))))
        let winter = learned.anchors(side: .target).anchors(in: "зима", language: .russian)
        #expect(Set(winter.flatMap(\.keys)).isDisjoint(with: Set(en.flatMap(\.keys))))
    }
}

@Suite struct RomanizationTests {
    /// The table romanization must give the same consonant skeletons as ICU's Any-Latin.
    @Test(arguments: ["Медведев", "Пхеньян", "Щукин", "Жуковский", "Царёв", "Хабаровск", "메드베데프", "김정일", "평양", "블라디보스토크", "트위터"])
    func skeletonsMatchICU(_ word: String) throws {
        let icu = try Transliterator(id: TransliteratorID.anyToASCIILower)
        let table = try #require(Romanization.ascii(word[...]))
        #expect(CognateAnchors.skeleton(table, fromLatin: false) == CognateAnchors.skeleton(try icu.transliterateWord(word[...]), fromLatin: false))
    }

    @Test func otherScriptsFallBackToICU() {
        #expect(Romanization.ascii("東京") == nil)
        #expect(Romanization.ascii("Kim") == "kim")
    }
}

@Suite struct ScaledNumberTests {
    func key(_ text: String, _ language: LanguageTag) -> UInt64? {
        NumberAnchors().anchors(in: text[...], language: language).first { $0.kind == .number }?.keys.first
    }

    @Test func scaleWordsMeetAcrossLanguages() {
        let tenBillion = AnchorKey.hash("10000000000")
        #expect(key("about 10 billion cubic metres", .english) == tenBillion)
        #expect(key("около 10 млрд куб. м", .russian) == tenBillion)
        #expect(key("약 100억 입방미터", .korean) == tenBillion)
        #expect(key("3.26 million viewers", .english) == key("326만 명", .korean))
        #expect(key("5 miles", .english) == AnchorKey.hash("5"))
    }
}
