/// A read-only hash table from words to values, looked up straight from UTF-16 text without
/// making a String (the rules look words up at every candidate boundary; Strings cost more than
/// the whole ICU pass).
struct WordTable<Value: Sendable>: Sendable {
    /// How letters are compared: exactly, with the first letter lower-cased, or all lower-cased.
    enum Folding: Sendable { case none, first, all }

    private var slots: [Int32]
    private var keys: [[UInt16]] = []
    private var values: [Value] = []
    let folding: Folding

    init(_ pairs: some Sequence<(String, Value)>, folding: Folding = .none) {
        self.folding = folding
        var unique: [[UInt16]: Value] = [:]
        for (word, value) in pairs {
            var units = Array(word.utf16)
            if folding == .all { units = units.map(Self.lower) }
            unique[units] = value
        }
        var capacity = 8
        while capacity < unique.count * 2 { capacity *= 2 }
        slots = Array(repeating: -1, count: capacity)
        for (key, value) in unique {
            var slot = Int(truncatingIfNeeded: Self.hash(key[...], folding: .none)) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(keys.count)
            keys.append(key)
            values.append(value)
        }
    }

    var isEmpty: Bool { keys.isEmpty }
    var count: Int { keys.count }

    /// The value for the word `units[range]`, folded as the table says.
    func value(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Value? {
        guard !keys.isEmpty, !range.isEmpty else { return nil }
        let word = units[range]
        var slot = Int(truncatingIfNeeded: Self.hash(word, folding: folding)) & (slots.count - 1)
        while true {
            let index = slots[slot]
            if index < 0 { return nil }
            if equal(keys[Int(index)], word) { return values[Int(index)] }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    func contains(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool { value(units, range) != nil }

    private func equal(_ key: [UInt16], _ word: Slice<UnsafeBufferPointer<UInt16>>) -> Bool {
        guard key.count == word.count else { return false }
        var index = word.startIndex
        for (position, unit) in key.enumerated() {
            let folded = folding == .all || (folding == .first && position == 0) ? Self.lower(word[index]) : word[index]
            if folded != unit { return false }
            index += 1
        }
        return true
    }

    private static func hash(_ word: Slice<some Collection<UInt16>>, folding: Folding) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var first = true
        for unit in word {
            let folded = folding == .all || (folding == .first && first) ? lower(unit) : unit
            hash = (hash ^ UInt64(folded)) &* 0x100_0000_01B3
            first = false
        }
        return hash
    }

    private static func hash(_ word: ArraySlice<UInt16>, folding: Folding) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for unit in word { hash = (hash ^ UInt64(unit)) &* 0x100_0000_01B3 }
        return hash
    }

    /// Lower case for the scripts the rules cover (Latin, Cyrillic); other units unchanged.
    @inline(__always) static func lower(_ unit: UInt16) -> UInt16 {
        if (0x41...0x5A).contains(unit) || (0x410...0x42F).contains(unit) { return unit + 0x20 }
        if unit == 0x401 { return 0x451 }
        if (0xC0...0xDE).contains(unit) && unit != 0xD7 { return unit + 0x20 }
        return unit
    }
}
