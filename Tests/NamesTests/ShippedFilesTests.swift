import Foundation
import RosettaTestSupport
import Testing
@testable import Names

/// Sources/Names/ShippedFiles.swift compiles Sources/Names/Resources/ into the binary: it must hold exactly
/// what the data files hold (RECORD_SNAPSHOTS=1 rewrites it).
@Suite struct ShippedFilesTests {
    @Test func theCompiledInDataIsTheDataFiles() throws {
        let module = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Names")
        #expect(try ShippedFilesSource.problems(module: module, dataFolder: "Resources", compiled: ShippedFiles.text) == [])
    }
}
