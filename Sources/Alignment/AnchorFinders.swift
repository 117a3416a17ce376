import CorpusModel
import Dispatch
import Synchronization

/// The built-in anchor sources (numbers and dates, punctuation, cognates, names) over both sides of
/// an alignment, with the word stems of dictionary learning.
///
/// Each sentence's UTF-8 bytes are taken once and its words found once, for month names, cognates
/// and stems alike. On two threads, each thread finds the names of one side (a name keyer caches
/// per language: a side's names stay on one keyer), the first after reading the name lexicon
/// while the second starts on the word kinds; then both take chunks of the word kinds of either
/// side until none is left, each with its own cognate finder (cognates do not depend on the
/// language), so that the side with more to do does not hold the other one up.
///
/// Not Sendable (cognates and names cache what they found): one per alignment.
struct AnchorFinders {
    /// One side's cognate and name finders per thread; `cognates[1]`, `names[1]` used only on two.
    let cognates: [CognateAnchors]
    let names: [NameAnchors]

    /// Sentences per chunk of word kinds handed to a thread.
    static let chunk = 64

    /// Each sentence's anchors (in the order numbers and months, punctuation, cognates, names;
    /// the `disabled` kinds left out) and, with `stems`, its `DictionaryLearning.stems`.
    func find(_ sides: [(sentences: [Substring], language: LanguageTag)], disabled: Set<AnchorKind>, stems: Bool, threads: Int)
        -> [(anchors: [[Anchor]], stems: [[UInt64]])] {
        // Each thread writes its own side's names and its own chunks' sentences, through buffers
        // (distinct elements from two threads); the finders are used by one thread each.
        nonisolated(unsafe) let wordAnchors = sides.map { Self.buffer(of: [Anchor](), count: $0.sentences.count) }
        nonisolated(unsafe) let nameAnchors = sides.map { Self.buffer(of: [Anchor](), count: $0.sentences.count) }
        nonisolated(unsafe) let stemLists = sides.map { Self.buffer(of: [UInt64](), count: stems ? $0.sentences.count : 0) }
        defer {
            for buffer in wordAnchors + nameAnchors { buffer.deinitialize().deallocate() }
            for buffer in stemLists { buffer.deinitialize().deallocate() }
        }
        // (side, first sentence) of each chunk.
        let chunks = sides.indices.flatMap { side in stride(from: 0, to: sides[side].sentences.count, by: Self.chunk).map { (side, $0) } }
        nonisolated(unsafe) let (cognates, names) = (cognates, names)
        let next = Atomic<Int>(0), keyerReady = Atomic<Bool>(false)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            func findNames() {
                for side in sides.indices where side % threads == thread {
                    let finder = names[thread]
                    for (i, sentence) in sides[side].sentences.enumerated() {
                        finder.append(sentence, language: sides[side].language, to: &nameAnchors[side][i])
                    }
                }
            }
            let finder = WordAnchors(cognates: cognates[thread])
            /// Word kinds of the next chunk; false when none is left.
            func findWords() -> Bool {
                let k = next.add(1, ordering: .relaxed).oldValue
                guard k < chunks.count else { return false }
                let (side, first) = chunks[k]
                let sentences = sides[side].sentences
                finder.find(in: sentences, first..<min(first + Self.chunk, sentences.count), anchors: wordAnchors[side],
                            stems: stems ? stemLists[side] : nil)
                return true
            }
            // The first thread reads the name lexicon (the first keyer made in a process does)
            // while the other finds word kinds; then each finds its side's names.
            if thread == 0 {
                names[0].prepare()
                keyerReady.store(true, ordering: .releasing)
            } else {
                while !keyerReady.load(ordering: .acquiring), findWords() {}
            }
            findNames()
            while findWords() {}
        }
        return sides.indices.map { side in
            var anchors = Array(wordAnchors[side])
            for i in anchors.indices {
                anchors[i] += nameAnchors[side][i]
                if !disabled.isEmpty { anchors[i].removeAll { disabled.contains($0.kind) } }
            }
            return (anchors, Array(stemLists[side]))
        }
    }

    private static func buffer<Element>(of element: Element, count: Int) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: count)
        buffer.initialize(repeating: element)
        return buffer
    }
}

/// The anchor kinds read from a sentence's words and bytes: numbers and months, punctuation,
/// cognates; and the stems of dictionary learning.
struct WordAnchors {
    let numbers = NumberAnchors()
    let punctuation = PunctuationAnchors()
    let cognates: CognateAnchors

    func find(in sentences: [Substring], _ range: Range<Int>, anchors: UnsafeMutableBufferPointer<[Anchor]>,
              stems: UnsafeMutableBufferPointer<[UInt64]>?) {
        var words: [WordSpan] = []
        for i in range {
            let sentence = sentences[i]
            UTF8Bytes.with(sentence) { bytes in
                words.removeAll(keepingCapacity: true)
                WordSpan.scan(bytes, into: &words)
                var found: [Anchor] = []
                numbers.append(sentence, bytes, words: words, to: &found)
                punctuation.append(bytes, to: &found)
                cognates.append(sentence, bytes, words: words, to: &found)
                anchors[i] = found
                if let stems { stems[i] = DictionaryLearning.stems(bytes, words: words) }
            }
        }
    }
}
