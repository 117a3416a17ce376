// swift-tools-version:6.0
// Rosetta: multilingual news → sentence-aligned parallel corpora and translation memories.
// The architecture is the target list: one library per concern, a C bridge to the system ICU,
// and a thin CLI that only parses arguments and wires the libraries together.
import PackageDescription

let package = Package(
    name: "Rosetta",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "rosetta", targets: ["rosetta"]),
        .executable(name: "rosetta-bench", targets: ["RosettaBenchmarks"]),
        .executable(name: "icu-sentences", targets: ["ICUSentencesBaseline"]),
        .library(name: "RosettaKit", targets: [
            "CorpusModel", "LanguageProfiles", "Segmentation", "Transliteration", "Names", "Alignment", "DocumentPairing", "TMFormats", "CorpusStore", "CorpusBuild",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Plain-C bridge over the system ICU (libicu-dev): ICU headers only in cicu.c.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // Plain-C access to system calls Swift cannot import (renameat2).
        .target(name: "CSystemCalls"),
        // Swift owners for ICU handles (break iterators, transforms, normalizer) and ICUError.
        .target(name: "ICUSupport", dependencies: ["CICU", "TextBytes"]),
        // Low-level text code the other libraries share (UTF-8 spans, FNV-1a, hash-keyed
        // tables); in no product: not part of Rosetta's API (public only so that it inlines).
        .target(name: "TextBytes"),
        // Languages, documents, sentence ranges, beads, translation units. No ICU.
        .target(name: "CorpusModel"),
        // What Rosetta knows about each language, one data folder per language
        // (Languages/<code>/), compiled in (ShippedFiles.swift, generated) and checked when read.
        .target(name: "LanguageProfiles", dependencies: ["CorpusModel"], exclude: ["Languages"]),
        // Sentence segmentation: ICU break iterator + the rules of each language's profile.
        .target(name: "Segmentation", dependencies: ["ICUSupport", "CorpusModel", "LanguageProfiles", "TextBytes"]),
        // ICU transforms (transliteration, normalization) behind Swift types, with caching.
        .target(name: "Transliteration", dependencies: ["ICUSupport"]),
        // Name mentions and cross-script name keys. The gazetteer and given names (Resources/,
        // across languages) are compiled in (ShippedFiles.swift, generated).
        .target(name: "Names", dependencies: ["CorpusModel", "LanguageProfiles", "TextBytes", "Transliteration", "Segmentation"], exclude: ["Resources"]),
        // Cost functions, banded dynamic programme, traceback, scoring.
        .target(name: "Alignment", dependencies: ["CorpusModel", "LanguageProfiles", "TextBytes", "Names", "Transliteration"]),
        // Document alignment: which reports of two languages translate each other.
        .target(name: "DocumentPairing", dependencies: ["CorpusModel", "CorpusStore", "Segmentation", "Alignment"]),
        // TMX and CSV writers and readers.
        .target(name: "TMFormats", dependencies: ["CorpusModel"]),
        // Reads Corpora/ story folders (decoding, NFC) and writes Alignments/.
        .target(name: "CorpusStore", dependencies: ["CorpusModel", "ICUSupport", "CSystemCalls"]),
        // The main job: segment, align and export a whole story folder.
        .target(name: "CorpusBuild", dependencies: ["CorpusModel", "CorpusStore", "Segmentation", "Alignment", "DocumentPairing", "TMFormats"]),
        // The command-line tool: argument parsing and wiring only.
        .executableTarget(name: "rosetta", dependencies: [
            "CorpusModel", "Segmentation", "Transliteration", "Names", "Alignment", "DocumentPairing", "TMFormats", "CorpusStore", "CorpusBuild",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Seeded randomness shared by tests and benchmarks (not part of the product).
        .target(name: "RosettaTestSupport"),
        // The bare ICU sentence iterator as a command, in C: the baseline `rosetta segment` is
        // measured against (rosetta-bench segment-command).
        .executableTarget(name: "ICUSentencesBaseline",
                          linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]),
        // Benchmarks: `swift run -c release rosetta-bench [NAME]`; figures are ratios to a baseline.
        .executableTarget(name: "RosettaBenchmarks", dependencies: [
            "CorpusModel", "LanguageProfiles", "Segmentation", "Transliteration", "Names", "Alignment", "DocumentPairing", "TMFormats", "CorpusStore",
            "RosettaTestSupport",
        ]),

        .testTarget(name: "ICUSupportTests", dependencies: ["ICUSupport"]),
        .testTarget(name: "CorpusModelTests", dependencies: ["RosettaTestSupport", "CorpusModel"]),
        .testTarget(name: "LanguageProfilesTests", dependencies: ["RosettaTestSupport", "LanguageProfiles", "CorpusModel"]),
        .testTarget(name: "SegmentationTests", dependencies: ["RosettaTestSupport", "Segmentation", "CorpusModel"], exclude: ["Fixtures"]),
        .testTarget(name: "TransliterationTests", dependencies: ["Transliteration"]),
        .testTarget(name: "NamesTests", dependencies: ["RosettaTestSupport", "CorpusStore", "Names", "TextBytes", "LanguageProfiles"], exclude: ["Fixtures"]),
        .testTarget(name: "AlignmentTests", dependencies: ["RosettaTestSupport", "Alignment", "TextBytes", "LanguageProfiles", "CorpusModel", "Transliteration"], exclude: ["Fixtures"]),
        .testTarget(name: "DocumentPairingTests", dependencies: ["DocumentPairing", "Alignment", "CorpusStore", "CorpusModel", "RosettaTestSupport"]),
        .testTarget(name: "TMFormatsTests", dependencies: ["RosettaTestSupport", "TMFormats", "CorpusModel"], exclude: ["Fixtures", "Snapshots"]),
        .testTarget(name: "CorpusStoreTests", dependencies: ["CorpusStore", "CorpusModel"]),
        .testTarget(name: "CorpusBuildTests", dependencies: ["CorpusBuild", "CorpusStore", "CorpusModel", "Alignment", "Names", "Segmentation"]),
        .testTarget(name: "rosettaTests", dependencies: ["rosetta", "RosettaTestSupport"], exclude: ["Fixtures"]),
    ]
)
