import CorpusModel
import Dispatch
import Synchronization
import TextBytes

/// The built-in anchor sources (numbers and dates, punctuation, cognates, names) over both sides of
/// an alignment, with the word stems of dictionary learning.
///
/// Each sentence's UTF-8 bytes are taken once and its words found once, for month names, cognates
/// and stems alike. On two threads, each thread finds the names of one side (a name keyer caches
/// per language: a side's names stay on one keyer), the first after reading the name lexicon
/// while the second starts on the word kinds; then both take chunks of the word kinds, of their
/// own side first and then of the other, until none is left, each with its own cognate finder
/// (cognates do not depend on the language), so that the side with more to do does not hold
/// the other one up.
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
            // Word anchors and stems are moved out into the result: only their memory is left.
            for buffer in nameAnchors { buffer.deinitialize().deallocate() }
            for buffer in wordAnchors { buffer.deallocate() }
            for buffer in stemLists { buffer.deallocate() }
        }
        // The first sentence of each chunk, per side.
        let chunks = sides.map { Array(stride(from: 0, to: $0.sentences.count, by: Self.chunk)) }
        nonisolated(unsafe) let (cognates, names) = (cognates, names)
        // The next chunk of each side (two sides at most), and whether the lexicon is read.
        let nextSource = Atomic<Int>(0), nextTarget = Atomic<Int>(0), keyerReady = Atomic<Bool>(false)
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
            let dates = sides.map { DateWords.of($0.language) }
            /// Word kinds of the next chunk, of the thread's own side while there is one (its
            /// cognate cache has seen that language's words), then of the other; false when
            /// none is left.
            func findWords() -> Bool {
                for side in [thread, 1 - thread] where side < sides.count {
                    let k = side == 0 ? nextSource.add(1, ordering: .relaxed).oldValue : nextTarget.add(1, ordering: .relaxed).oldValue
                    guard k < chunks[side].count else { continue }
                    let first = chunks[side][k], sentences = sides[side].sentences
                    finder.find(in: sentences, first..<min(first + Self.chunk, sentences.count), dates: dates[side], anchors: wordAnchors[side],
                                stems: stems ? stemLists[side] : nil)
                    return true
                }
                return false
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
        // Each side's names after its word kinds, moved out of the buffers into arrays: one side
        // per thread.
        nonisolated(unsafe) let merged = Self.buffer(of: (anchors: [[Anchor]](), stems: [[UInt64]]()), count: sides.count)
        defer { merged.deinitialize().deallocate() }
        let merge = { @Sendable (side: Int) in
            let words = wordAnchors[side]
            for i in words.indices {
                words[i] += nameAnchors[side][i]
                if !disabled.isEmpty { words[i].removeAll { disabled.contains($0.kind) } }
            }
            merged[side] = (Self.moved(words), Self.moved(stemLists[side]))
        }
        if threads == 1 { sides.indices.forEach(merge) } else { DispatchQueue.concurrentPerform(iterations: sides.count, execute: merge) }
        return Array(merged)
    }

    /// The buffer's elements moved into an array (the buffer is left uninitialized).
    private static func moved<Element>(_ buffer: UnsafeMutableBufferPointer<Element>) -> [Element] {
        [Element](unsafeUninitializedCapacity: buffer.count) { out, count in
            _ = out.moveInitialize(fromContentsOf: buffer)
            count = buffer.count
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

    func find(in sentences: [Substring], _ range: Range<Int>, dates: DateWords, anchors: UnsafeMutableBufferPointer<[Anchor]>,
              stems: UnsafeMutableBufferPointer<[UInt64]>?) {
        var words: [WordSpan] = []
        for i in range {
            let sentence = sentences[i]
            UTF8Bytes.with(sentence) { bytes in
                words.removeAll(keepingCapacity: true)
                WordSpan.scan(bytes, into: &words)
                var found: [Anchor] = []
                numbers.append(sentence, bytes, words: words, dates: dates, to: &found)
                punctuation.append(bytes, to: &found)
                cognates.append(sentence, bytes, words: words, to: &found)
                anchors[i] = found
                if let stems { stems[i] = DictionaryLearning.stems(bytes, words: words) }
            }
        }
    }
}
