import Foundation
import RosettaTestSupport
import Testing
@testable import Alignment

/// Sources/Alignment/ShippedFiles.swift compiles Sources/Alignment/Resources/ into the binary: it must hold exactly
/// what the data files hold (RECORD_SNAPSHOTS=1 rewrites it).
@Suite struct ShippedFilesTests {
    @Test func theCompiledInDataIsTheDataFiles() throws {
        let module = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Alignment")
        #expect(try ShippedFilesSource.problems(module: module, dataFolder: "Resources", compiled: ShippedFiles.text) == [])
    }
}
