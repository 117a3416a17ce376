import Foundation
import RosettaTestSupport
import Testing
@testable import LanguageProfiles

/// Sources/LanguageProfiles/ShippedFiles.swift compiles Sources/LanguageProfiles/Languages/ into the binary: it must
/// hold exactly what the data files hold (RECORD_SNAPSHOTS=1 rewrites it).
@Suite struct ShippedFilesTests {
    @Test func theCompiledInDataIsTheDataFiles() throws {
        let module = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/LanguageProfiles")
        #expect(try ShippedFilesSource.problems(module: module, dataFolder: "Languages", compiled: ShippedFiles.text) == [])
    }
}
