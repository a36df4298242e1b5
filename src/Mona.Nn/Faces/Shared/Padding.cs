namespace Mona.Nn.Faces.Shared;

/// <summary>How a TF.js convolution or pooling pads its input.</summary>
internal enum Padding
{
    /// <summary>No padding.</summary>
    Valid,

    /// <summary>
    /// TensorFlow "same": out = ⌈in/stride⌉, total padding max((out − 1)·stride + k − in, 0), of
    /// which ⌊total/2⌋ goes before and the rest after (so stride-2 layers on even sizes pad only
    /// at the bottom/right).
    /// </summary>
    Same,

    /// <summary>One pixel on every side (<c>tf.pad</c> by 1 before a valid convolution).</summary>
    One,
}
