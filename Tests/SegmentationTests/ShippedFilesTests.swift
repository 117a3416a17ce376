import Foundation
import RosettaTestSupport
import Testing
@testable import Segmentation

/// Sources/Segmentation/ShippedFiles.swift compiles Sources/Segmentation/Rules/ into the binary: it must hold exactly
/// what the data files hold (RECORD_SNAPSHOTS=1 rewrites it).
@Suite struct ShippedFilesTests {
    @Test func theCompiledInDataIsTheDataFiles() throws {
        let module = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Segmentation")
        let problem = try ShippedFilesSource.check(file: module.appendingPathComponent("ShippedFiles.swift"),
                                                   folder: module.appendingPathComponent("Rules"), description: "Sources/Segmentation/Rules")
        #expect(problem == nil, "\(problem ?? "")")
        // And what the module reads is each file's text, byte for byte.
        let folder = module.appendingPathComponent("Rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
        #expect(Set(ShippedFiles.text.keys) == Set(names))
        for name in names {
            #expect(ShippedFiles.text[name] == (try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)), "\(name)")
        }
    }
}
