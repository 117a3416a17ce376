import CorpusModel
import Foundation
import Testing
@testable import TMFormats

@Suite("TMX reader")
struct TMXReaderTests {
    func read(_ xml: String, lenient: Bool = false) throws -> ([TranslationUnit], ReadReport) {
        var units: [TranslationUnit] = []
        let report = try TMXReader(input: .bytes(Array(xml.utf8), name: "t.tmx"), lenient: lenient).read { units.append($0) }
        return (units, report)
    }

    @Test func readsTMX11WithLangAttributeAndMixedCaseCodes() throws {
        let (units, report) = try read("""
            <?xml version="1.0"?>
            <tmx version="1.1"><header creationtool="old" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="EN-us" srclang="EN-US" datatype="plaintext" creationdate="20110824T093000Z"/>
            <body><tu><tuv lang="EN-US"><seg>Color</seg></tuv><tuv lang="pt_br"><seg>Cor</seg></tuv></tu></body></tmx>
            """)
        #expect(units.map(\.languages) == [[try LanguageTag("en-US"), try LanguageTag("pt-BR")]])
        #expect(report.sourceLanguage == (try LanguageTag("en-US")))
        #expect(report.creationDate == fixedDate + 9 * 3600 + 30 * 60)
        #expect(report.version == "1.1")
    }

    @Test func flattensInlineCodesAndKeepsHighlightedText() throws {
        let (units, report) = try read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="html"/>
            <body><tu>
            <tuv xml:lang="en"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Start<ept i="1">&lt;/b&gt;</ept> now<ph>&lt;br/&gt;</ph>, <hi type="x-em">please</hi>.</seg></tuv>
            <tuv xml:lang="ru"><seg>Нажмите <it pos="begin">&lt;b&gt;</it>Пуск<ut>{\\b}</ut> &amp; <![CDATA[<ждите>]]>.</seg></tuv>
            </tu></body></tmx>
            """)
        #expect(units.first?.text(in: en) == "Press Start now, please.")
        #expect(units.first?.text(in: ru) == "Нажмите Пуск & <ждите>.")
        #expect(report.inlineCodesRemoved == 5)
    }

    @Test func doctypeNamingTheDTDParsesOffline() throws {
        // Neither a relative DTD that does not exist here nor an unroutable URL is fetched.
        for system in ["tmx14.dtd", "http://192.0.2.1/tmx14.dtd"] {
            let start = ContinuousClock.now
            let (units, _) = try read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE tmx SYSTEM "\(system)">
                <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="*all*" datatype="plaintext"/>
                <body><tu><tuv xml:lang="en"><seg>Offline.</seg></tuv><tuv xml:lang="ko"><seg>오프라인.</seg></tuv></tu></body></tmx>
                """)
            #expect(units.count == 1)
            #expect(ContinuousClock.now - start < .seconds(5))
        }
    }

    @Test func errorsGiveLineAndColumn() throws {
        do {
            _ = try read("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<body>\n<tu>\n  <tuv xml:lang=\"en\"><seg>a</seg></tuv>\n  <tuv xml:lang=\"ru\"><seg>b</tuv>\n</tu></body></tmx>\n")
            Issue.record("expected an error")
        } catch let error as TMFormatError {
            guard case .malformedXML(_, let line, let column, _) = error else { Issue.record("\(error)"); return }
            #expect(line == 6)
            #expect(column > 1)
        }
    }

    @Test func writeReadWriteIsByteIdentical() throws {
        let header = TMXWriter.Header(sourceLanguage: en, creationDate: fixedDate, toolVersion: "1.0")
        let units = [unit([(en, "First & <second>."), (ru, "Первое."), (ko, "첫째.")], score: 0.25, bead: "1-1", document: "a"),
                     unit([(en, "No evidence."), (ru, "Без данных.")])]
        func write(_ units: [TranslationUnit], _ header: TMXWriter.Header) -> [UInt8] {
            let output = TextOutput.inMemory()
            let writer = TMXWriter(output: output, header: header)
            for unit in units { writer.write(unit) }
            writer.finish()
            return output.memory
        }
        let first = write(units, header)
        var read: [TranslationUnit] = []
        let report = try TMXReader(input: .bytes(first, name: "a.tmx")).read { read.append($0) }
        let again = write(read, .init(sourceLanguage: report.sourceLanguage, creationDate: try #require(report.creationDate), toolVersion: "1.0"))
        #expect(String(decoding: again, as: UTF8.self) == String(decoding: first, as: UTF8.self))
        #expect(withoutWriterAttributes(read) == units)
        #expect(read.allSatisfy { $0.metadata.attribute("tuid") != nil && $0.metadata.attribute("creationdate") != nil })
    }

    @Test func tuidIsStableAndIndependentOfVariantOrder() {
        let a = UnitKey([(en, "Hello."), (ru, "Привет.")])
        let b = UnitKey([(ru, "Привет."), (en, "Hello.")])
        let c = UnitKey([(en, "Hello"), (ru, ".Привет.")])
        #expect(a == b)
        #expect(a != c)
        #expect(a.description.count == 16)
        // Pinned: the id of this content must not change between versions, machines or runs,
        // or re-imported memories would duplicate instead of update.
        #expect(a.description == "15664fdf24239eed")
    }

    @Test func readsFromAFileInChunks() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rosetta-tm-\(UInt32.random(in: 0...UInt32.max)).tmx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try TextOutput.file(atPath: path)
        let writer = TMXWriter(output: output, header: .init(sourceLanguage: nil, creationDate: fixedDate, toolVersion: "t"), duplicates: .keepAll)
        for index in 0..<5_000 { writer.write(unit([(en, "Sentence \(index)."), (ru, "Предложение \(index).")], score: Double(index % 10) / 10)) }
        writer.finish()
        try output.close()
        var count = 0
        var last = ""
        let report = try TMXReader(input: .file(path)).read { count += 1; last = $0.text(in: ru) ?? "" }
        #expect(count == 5_000)
        #expect(last == "Предложение 4999.")
        #expect(report.unitsRead == 5_000)
    }

    @Test func readsUTF16AndRejectsItsEntityDeclarations() throws {
        func utf16(_ text: String) -> [UInt8] {
            [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        }
        let body = """
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
            <body><tu><tuv xml:lang="en"><seg>Wide &amp; old.</seg></tuv><tuv xml:lang="ko"><seg>넓다.</seg></tuv></tu></body></tmx>
            """
        var units: [TranslationUnit] = []
        _ = try TMXReader(input: .bytes(utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + body), name: "wide.tmx")).read { units.append($0) }
        #expect(units.map(variantSet) == [["en=Wide & old.", "ko=넓다."]])
        let withEntity = utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE tmx [\n<!ENTITY x \"text\">\n]>\n" + body)
        #expect(throws: TMFormatError.entityDeclaration(file: "wide.tmx", line: 3, column: 1, name: "x")) {
            try TMXReader(input: .bytes(withEntity, name: "wide.tmx")).read { _ in }
        }
    }
}
