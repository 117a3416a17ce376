/// Numbers 64-bit anchor keys 0, 1, 2, … in order of first sight: an open-addressing table,
/// since the keys are hashes already (a Dictionary would hash them again, and building the
/// anchor tables of a long document looks up some 100,000 keys).
struct KeyInterner {
    private var slots: [UInt64]
    private var ids: [UInt32]
    private var mask: Int
    private(set) var count = 0
    /// Key 0 is the empty slot's mark; its id is kept aside.
    private var zeroID: UInt32?

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        ids = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    /// The key's number, given on first sight.
    mutating func id(_ key: UInt64) -> UInt32 {
        if key == 0 {
            if zeroID == nil {
                zeroID = UInt32(count)
                count += 1
            }
            return zeroID ?? 0
        }
        var slot = Self.home(key, mask)
        while slots[slot] != 0 {
            if slots[slot] == key { return ids[slot] }
            slot = (slot + 1) & mask
        }
        slots[slot] = key
        ids[slot] = UInt32(count)
        count += 1
        if count * 2 > slots.count { grow() }
        return UInt32(count - 1)
    }

    /// Keys are FNV hashes, whose low bits are weak: mixed, the high half picks the slot.
    private static func home(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func grow() {
        let old = zip(slots, ids).filter { $0.0 != 0 }
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        ids = [UInt32](repeating: 0, count: slots.count)
        mask = slots.count - 1
        for (key, id) in old {
            var slot = Self.home(key, mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = key
            ids[slot] = id
        }
    }
}
