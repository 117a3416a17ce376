import Alignment
import CorpusModel
import Testing
@testable import DocumentPairing

@Suite struct EvidenceTests {
    func evidence(_ text: String, _ language: LanguageTag) -> Set<UInt64> {
        let sentences = text.split(separator: "\n")
        return Set(DocumentEvidence(AnchorExtractor().extract(sentences, language: language)).keys)
    }

    func keys(_ set: Set<UInt64>, _ kind: EvidenceKind) -> Set<UInt64> { set.filter { EvidenceKind.of($0) == kind } }

    @Test func numbersMeetAcrossSpellings() {
        let en = evidence("The fund holds 3,000 tonnes of grain.", .english)
        let ru = evidence("В фонде хранится 3 000 тонн зерна.", .russian)
        let ko = evidence("기금은 곡물 3000톤을 보유하고 있다.", .korean)
        #expect(!keys(en, .number).isEmpty)
        #expect(keys(en, .number) == keys(ru, .number))
        #expect(keys(en, .number) == keys(ko, .number))
    }

    @Test func datesAreAMonthAndADayInOneSentence() {
        let en = evidence("The leaders met on August 24 near the city.", .english)
        let ru = evidence("Лидеры встретились 24 августа под городом.", .russian)
        let ko = evidence("두 정상은 8월 24일 도시 인근에서 만났다.", .korean)
        let dates = keys(en, .date)
        #expect(dates.count == 1)
        #expect(keys(ru, .date) == dates)
        #expect(keys(ko, .date) == dates)
        // A month in one sentence and a day in another make no date.
        #expect(keys(evidence("It was August.\nThey stayed 24 hours.", .english), .date).isEmpty)
    }

    @Test func namesMeetAcrossScripts() {
        let en = keys(evidence("Kim Jong Il arrived by train.", .english), .name)
        let ru = keys(evidence("Ким Чен Ир прибыл на поезде.", .russian), .name)
        let ko = keys(evidence("김정일 위원장이 열차로 도착했다.", .korean), .name)
        #expect(!en.isDisjoint(with: ru))
        #expect(!en.isDisjoint(with: ko))
        // Another person of the same family is another key.
        let son = keys(evidence("Kim Jong Un arrived by train.", .english), .name)
        #expect(son != en)
    }

    @Test func latinTokensSurviveInOtherScripts() {
        let ko = Set(LatinTokens.keys(in: "러시아 화물우주선 '프로그레스 M-12M'이 ISS로 향하던 중 Apple 발표가 있었다."))
        let en = Set(LatinTokens.keys(in: "The Progress M-12M cargo ship was bound for the ISS."))
        #expect(ko.contains(AnchorKey.hash("m-12m")))
        #expect(ko.contains(AnchorKey.hash("iss")))
        #expect(ko.contains(AnchorKey.hash("apple")))  // a Latin word inside Korean
        #expect(en.contains(AnchorKey.hash("m-12m")))
        #expect(en.contains(AnchorKey.hash("iss")))
        // Ordinary English words are not tokens of this kind (cognates and names cover them).
        #expect(!en.contains(AnchorKey.hash("progress")))
        #expect(!en.contains(AnchorKey.hash("cargo")))
    }

    @Test func kindsDoNotCollide() {
        let value: UInt64 = 0x1234_5678_9ABC_DEF0
        let kinds = EvidenceKind.allCases.map { $0.key(value) }
        #expect(Set(kinds).count == kinds.count)
        for kind in EvidenceKind.allCases { #expect(EvidenceKind.of(kind.key(value)) == kind) }
    }

    @Test func cognatesMeetThroughTransliteration() {
        // With different endings.
        let en = keys(evidence("The station opened its turbines.", .english), .cognate)
        let ru = keys(evidence("На станции открыли турбины.", .russian), .cognate)
        #expect(!en.isDisjoint(with: ru))
    }

    func document(_ path: String, _ text: String, _ language: LanguageTag, extractor: AnchorExtractor) -> PairingDocument {
        PairingDocument(path: path, date: nil, text: extractor.extract(text.split(separator: "\n"), language: language))
    }

    @Test func theIndexRanksTheTranslationFirstAndWeighsLength() {
        let extractor = AnchorExtractor()
        let source = [
            document("a", "Kim Jong Il met Dmitry Medvedev near Ulan-Ude on August 24.\nThey discussed a gas pipeline of 1,100 kilometres.", .english, extractor: extractor),
            document("b", "The Progress M-12M cargo ship failed to reach orbit.\nDebris fell in the Altai Republic.", .english, extractor: extractor),
        ]
        let target = [
            document("x", "Прогресс M-12M не вышел на орбиту.\nОбломки упали в Республике Алтай.", .russian, extractor: extractor),
            document("y", "Ким Чен Ир встретился с Дмитрием Медведевым под Улан-Удэ 24 августа.\nОни обсудили газопровод длиной 1100 километров.", .russian, extractor: extractor),
        ]
        let index = EvidenceIndex(source: source, target: target)
        #expect(index.nearest(side: 0, document: 0, count: 2, allowed: { _ in true }).first?.0 == 1)
        #expect(index.nearest(side: 0, document: 1, count: 2, allowed: { _ in true }).first?.0 == 0)
        #expect(index.nearest(side: 1, document: 1, count: 2, allowed: { _ in true }).first?.0 == 0)
        // A document a fifth of the expected length agrees much less than one of that length.
        #expect(index.lengthAgreement((0, 1)) > 3 * index.lengthAgreement((1, 1)) || index.lengthAgreement((0, 1)) > 0.5)
        // The date window: a filtered-out candidate is never returned.
        #expect(index.nearest(side: 0, document: 0, count: 2, allowed: { $0 != 1 }).allSatisfy { $0.0 != 1 })
    }
}
