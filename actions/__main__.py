"""`python -m actions --actions actions --port N`: the action server, without TensorFlow.

spaCy's machine-learning library (thinc) imports TensorFlow whenever it is
installed, and `rasa run actions` starts from Rasa's command line, which loads
it too; no action uses it. Marking it missing before anything imports it saves
the action server about 400 MB and several seconds at start (issue 17). The
server itself is rasa-sdk's, with its own arguments.
"""

import sys

if __name__ == "__main__":
    sys.modules["tensorflow"] = None  # type: ignore[assignment]  # "import tensorflow" raises ImportError

    from rasa_sdk.__main__ import main

    main()
