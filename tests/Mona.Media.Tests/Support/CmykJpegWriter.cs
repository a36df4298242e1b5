namespace Mona.Media.Tests.Support;

/// <summary>
/// Writes a tiny baseline JPEG with four components in Adobe CMYK form, because no tool on the
/// test machine makes one. Each 8×8 block is one flat colour, so a block is fully described by
/// its DC coefficient: with a quantisation table of ones, DC = 8·(v − 128) for a block of value v,
/// and every AC coefficient is zero (one end-of-block code). Values are stored inverted, as Adobe
/// (Photoshop) CMYK JPEGs are, which is what decoders assume when the APP14 marker is present.
/// </summary>
public static class CmykJpegWriter
{
    // The standard luminance DC table (ITU T.81 K.3): code lengths per length 1..16, symbols 0..11.
    private static readonly byte[] DcLengths = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];

    /// <param name="blocksWide">Width in 8-pixel blocks.</param>
    /// <param name="blocksHigh">Height in 8-pixel blocks.</param>
    /// <param name="storedColour">The four stored (inverted) bytes of block (bx, by).</param>
    public static byte[] Write(int blocksWide, int blocksHigh, Func<int, int, (byte C, byte M, byte Y, byte K)> storedColour)
    {
        var output = new List<byte> { 0xFF, 0xD8 };
        // APP14 "Adobe": version 100, flags 0, 0, transform 0 (no colour transform: plain CMYK).
        Segment(output, 0xEE, [(byte)'A', (byte)'d', (byte)'o', (byte)'b', (byte)'e', 0, 100, 0, 0, 0, 0, 0]);
        Segment(output, 0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]); // table 0, 8-bit, all ones
        var (height, width) = (blocksHigh * 8, blocksWide * 8);
        Segment(output, 0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 4,
            1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0]);
        Segment(output, 0xC4, [0x00, .. DcLengths, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]); // DC table 0
        Segment(output, 0xC4, [0x10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00]); // AC table 0: only EOB, code "0"
        Segment(output, 0xDA, [4, 1, 0x00, 2, 0x00, 3, 0x00, 4, 0x00, 0, 63, 0]);
        output.AddRange(EntropyData(blocksWide, blocksHigh, storedColour));
        output.AddRange([0xFF, 0xD9]);
        return output.ToArray();
    }

    private static byte[] EntropyData(int blocksWide, int blocksHigh, Func<int, int, (byte C, byte M, byte Y, byte K)> storedColour)
    {
        var bits = new BitWriter();
        var previous = new int[4];
        for (var by = 0; by < blocksHigh; by++)
        for (var bx = 0; bx < blocksWide; bx++)
        {
            var (c, m, y, k) = storedColour(bx, by);
            int[] values = [c, m, y, k];
            for (var component = 0; component < 4; component++)
            {
                var dc = 8 * (values[component] - 128);
                WriteDc(bits, dc - previous[component]); // DC is coded as the difference from the previous block
                previous[component] = dc;
                bits.Write(0, 1); // EOB
            }
        }
        return bits.ToArray();
    }

    private static void WriteDc(BitWriter bits, int difference)
    {
        var magnitude = Math.Abs(difference);
        var category = magnitude == 0 ? 0 : 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)magnitude);
        var (code, length) = DcCode(category);
        bits.Write(code, length);
        // Negative values are sent as the low bits of (difference − 1), i.e. one's complement.
        if (category > 0) bits.Write(difference > 0 ? difference : difference + (1 << category) - 1, category);
    }

    /// <summary>Canonical Huffman code of a DC category in the standard table.</summary>
    private static (int Code, int Length) DcCode(int category)
    {
        int code = 0, symbol = 0;
        for (var length = 1; length <= 16; length++)
        {
            for (var i = 0; i < DcLengths[length - 1]; i++, symbol++, code++)
                if (symbol == category) return (code, length);
            code <<= 1;
        }
        throw new ArgumentOutOfRangeException(nameof(category));
    }

    private static void Segment(List<byte> output, byte marker, byte[] payload)
    {
        var length = payload.Length + 2;
        output.AddRange([0xFF, marker, (byte)(length >> 8), (byte)length]);
        output.AddRange(payload);
    }

    /// <summary>MSB-first bit packing with JPEG byte stuffing (0xFF is followed by 0x00) and 1-bit padding.</summary>
    private sealed class BitWriter
    {
        private readonly List<byte> _bytes = [];
        private int _accumulator;
        private int _count;

        public void Write(int value, int length)
        {
            for (var i = length - 1; i >= 0; i--)
            {
                _accumulator = (_accumulator << 1) | ((value >> i) & 1);
                if (++_count == 8) Flush();
            }
        }

        public byte[] ToArray()
        {
            while (_count != 0) Write(1, 1);
            return _bytes.ToArray();
        }

        private void Flush()
        {
            _bytes.Add((byte)_accumulator);
            if (_accumulator == 0xFF) _bytes.Add(0);
            _accumulator = 0;
            _count = 0;
        }
    }
}
