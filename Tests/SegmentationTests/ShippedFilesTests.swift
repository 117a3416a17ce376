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
        #expect(try ShippedFilesSource.problems(module: module, dataFolder: "Rules", compiled: ShippedFiles.text) == [])
    }
}
