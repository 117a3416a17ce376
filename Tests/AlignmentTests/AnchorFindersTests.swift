import CorpusModel
import Foundation
import Testing
@testable import Alignment

/// `AnchorFinders` (two threads, chunks, one pass per sentence) gives every sentence what the
/// anchor sources give one sentence at a time, in their order: numbers, punctuation, cognates,
/// names; and the stems of `DictionaryLearning.stems`.
@Suite struct AnchorFindersTests {
    /// Each sentence's anchors, source by source.
    static func oneByOne(_ sentences: [Substring], _ language: LanguageTag, disabled: Set<AnchorKind>) -> [[Anchor]] {
        let sources: [any AnchorSource] = [NumberAnchors(), PunctuationAnchors(), CognateAnchors(), NameAnchors()]
        return sentences.map { sentence in
            sources.flatMap { $0.anchors(in: sentence, language: language) }.filter { !disabled.contains($0.kind) }
        }
    }

    func check(_ source: [Substring], _ target: [Substring], _ languages: (LanguageTag, LanguageTag), disabled: Set<AnchorKind>) {
        let aligner = EvidenceAligner(sourceLanguage: languages.0, targetLanguage: languages.1)
        aligner.disabledKinds = disabled
        let found = aligner.anchorsOfBothSides(source, target, stems: true)
        // The seed dictionary's anchors (the profiles' lexicons) come after the finders'.
        let dictionary = aligner.dictionary.map { ($0.anchors(side: .source), $0.anchors(side: .target)) }
        let expected = (zip(Self.oneByOne(source, languages.0, disabled: disabled), source).map { anchors, sentence in
            anchors + (dictionary?.0.anchors(in: sentence, language: languages.0) ?? []).filter { !disabled.contains($0.kind) }
        }, zip(Self.oneByOne(target, languages.1, disabled: disabled), target).map { anchors, sentence in
            anchors + (dictionary?.1.anchors(in: sentence, language: languages.1) ?? []).filter { !disabled.contains($0.kind) }
        })
        #expect(found.0 == expected.0)
        #expect(found.1 == expected.1)
        #expect(found.2 == source.map(DictionaryLearning.stems))
        #expect(found.3 == target.map(DictionaryLearning.stems))
    }

    /// A short pair (one thread) of our own sentences.
    @Test func shortDocumentsOnOneThread() throws {
        let en: [Substring] = ["On August 24 Kim Jong Il met Medvedev in Ulan-Ude.", "Did they agree on 3,000 tonnes?",
                               "\"Yes,\" said the Kremlin on Tuesday.", ""]
        let ko: [Substring] = ["김정일 위원장은 8월 24일 울란우데에서 메드베데프 대통령과 만났다.", "3천 톤에 합의했나?", "크렘린은 \"그렇다\"고 말했다.", ""]
        check(en, ko, (.english, .korean), disabled: [])
        check(en, ko, (.english, .korean), disabled: [.cognate, .month])
    }

    /// A long pair (two threads, many chunks): the development set's ru-ko documents, joined.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: DevSetRegressionTests.devSet.path)))
    func longDocumentsOnTwoThreads() throws {
        let folder = DevSetRegressionTests.devSet.appendingPathComponent("ru-ko")
        var ru: [Substring] = [], ko: [Substring] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".ru") }).sorted() {
            ru += try DevSetRegressionTests.lines(folder.appendingPathComponent(name))
            ko += try DevSetRegressionTests.lines(folder.appendingPathComponent(String(name.dropLast(3)) + ".ko"))
        }
        #expect(ru.count + ko.count >= EvidenceAligner.parallelSentences)
        check(ru, ko, (.russian, .korean), disabled: [])
        check(ko, ru, (.korean, .russian), disabled: [.name, .punctuation])
    }
}
