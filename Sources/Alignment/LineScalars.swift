/// The lines of one side, decoded to Unicode scalars once, in one flat array: the length, line
/// end, stop and case tests of the cost functions read them by plain array index (walking a
/// Substring's scalar view validates every index, which cost more than the tests themselves).
struct LineScalars {
    private(set) var scalars: [Unicode.Scalar] = []
    /// Line k is scalars[starts[k]..<starts[k + 1]].
    private(set) var starts: [Int] = [0]

    init(_ lines: [Substring]) {
        scalars.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count })
        for line in lines {
            var text = line
            text.utf8.withContiguousStorageIfAvailable { Self.decode($0, into: &scalars) } ?? {
                text.makeContiguousUTF8()
                for scalar in text.unicodeScalars { scalars.append(scalar) }
            }()
            starts.append(scalars.count)
        }
    }

    var count: Int { starts.count - 1 }

    subscript(line: Int) -> ArraySlice<Unicode.Scalar> { scalars[starts[line]..<starts[line + 1]] }

    /// Valid UTF-8 (a Swift string's bytes) to scalars, without index checks.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into scalars: inout [Unicode.Scalar]) {
        var index = 0
        while index < bytes.count {
            let lead = UInt32(bytes[index])
            var value: UInt32
            if lead < 0x80 {
                value = lead
                index += 1
            } else if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                index += 4
            }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
    }

    /// Per line, its length in scalars that are not white space (`isSpace`): Korean spaces words
    /// differently.
    func lengths() -> [Int] {
        (0..<count).map { line in
            var length = 0
            for k in starts[line]..<starts[line + 1] where !Self.isSpace(scalars[k]) { length += 1 }
            return length
        }
    }

    /// White space by table, no property lookup (this runs for every character of both texts).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
