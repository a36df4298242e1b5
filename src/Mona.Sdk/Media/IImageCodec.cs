namespace Mona.Sdk.Media;

/// <summary>Reads and writes still images; offered by the host (plugins ship no native codecs).</summary>
public interface IImageCodec
{
    /// <summary>
    /// Decodes a JPEG, PNG, WebP, BMP or GIF file into RGB, applying the EXIF orientation and
    /// converting grayscale, CMYK and 16-bit inputs.
    /// </summary>
    /// <exception cref="Stages.ItemFailedException">The file is empty, truncated, or not an image; the message names it.</exception>
    RgbImage Decode(string path);

    /// <summary>Writes a PNG, JPEG or WebP file chosen by the extension, atomically (temp file + rename).</summary>
    void Save(RgbImage image, string path, int quality = 92);
}
