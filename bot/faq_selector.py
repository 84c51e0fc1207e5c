"""The FAQ answer chosen by a logistic regression over the pipeline's word counts.

Rasa's ResponseSelector is a TensorFlow model, and with the intent classifier
the only reason the server loaded TensorFlow: about 600 MB and most of the
training time for a dozen FAQ topics (issue 17, figures in docs/speed.md).
This component learns the topic of each retrieval-intent example
(`faq/<topic>`, `chitchat/<topic>`) from the same sparse features that Rasa's
LogisticRegressionClassifier uses, and writes its choice in the format of a
ResponseSelector trained on all retrieval intents (under "default"), so
`action_answer_faq`, Rasa's `utter_chitchat` and the benchmark read it
unchanged.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text, Type

from scipy.sparse import csr_matrix, vstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline, make_union

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.featurizer import Featurizer
from rasa.shared.nlu.constants import INTENT, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.answers import QUESTION_SELECTOR, question_part

logger = logging.getLogger(__name__)

SELECTOR_PROPERTY = "response_selector"
#: The key of a selector trained on every retrieval intent, as Rasa names it.
DEFAULT_SELECTOR = "default"
RANKING_LENGTH = 10


def _features(message: Message) -> Optional[csr_matrix]:
    """The message's sentence-level word counts (None for a payload or empty text)."""
    sparse = message.get_sparse_features(attribute=TEXT)[1]
    return csr_matrix(sparse.features) if sparse is not None else None


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class FaqSelector(GraphComponent):
    """One logistic regression over the topics of every retrieval intent's examples."""

    @classmethod
    def required_components(cls) -> List[Type]:
        return [Featurizer]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"max_iter": 1000, "random_state": 42}

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 classifier: Optional[LogisticRegression] = None, intents: Optional[List[Text]] = None,
                 responses: Optional[Dict[Text, List[Dict[Text, Any]]]] = None,
                 questions: Optional[Pipeline] = None) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.classifier = classifier
        self.intents = intents or []
        self.responses = responses or {}
        self.questions = questions

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "FaqSelector":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples
                    if e.get(INTENT_RESPONSE_KEY) and _features(e) is not None]
        if len({e.get(INTENT_RESPONSE_KEY) for e in examples}) < 2:
            logger.debug("FaqSelector: fewer than two FAQ topics, nothing to learn.")
            return self._resource
        self.intents = sorted({e.get(INTENT) for e in examples})
        self.classifier = LogisticRegression(max_iter=self.config["max_iter"],
                                             random_state=self.config["random_state"], class_weight="balanced")
        self.classifier.fit(vstack([_features(e) for e in examples]), [e.get(INTENT_RESPONSE_KEY) for e in examples])
        self.questions = self._question_model(examples)
        self.responses = {key: value for key, value in training_data.responses.items()
                          if key.split("/")[0] in {f"utter_{intent}" for intent in self.intents}}
        self._persist()
        return self._resource

    def _question_model(self, examples: List[Message]) -> Optional[Pipeline]:
        """Words and letter groups of the FAQ examples' own text, for a question cut out of
        a longer message (the pipeline's features are of the whole message only)."""
        faq = [e for e in examples if e.get(INTENT_RESPONSE_KEY, "").startswith("faq/")]
        if len({e.get(INTENT_RESPONSE_KEY) for e in faq}) < 2:
            return None
        model = make_pipeline(
            make_union(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
                       TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True)),
            LogisticRegression(max_iter=self.config["max_iter"], random_state=self.config["random_state"],
                               class_weight="balanced"))
        return model.fit([e.get(TEXT) for e in faq], [e.get(INTENT_RESPONSE_KEY) for e in faq])

    def _persist(self) -> None:
        import skops.io as sio

        with self._model_storage.write_to(self._resource) as directory:
            sio.dump({"classifier": self.classifier, "intents": self.intents, "responses": self.responses,
                      "questions": self.questions}, directory / "faq_selector.skops")

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "FaqSelector":
        import skops.io as sio

        try:
            with model_storage.read_from(resource) as directory:
                path = directory / "faq_selector.skops"
                saved = sio.load(path, trusted=sio.get_untrusted_types(file=path))
        except ValueError:
            return cls.create(config, model_storage, resource, execution_context)
        return cls(config, model_storage, resource, saved["classifier"], saved["intents"], saved["responses"],
                   saved.get("questions"))

    def process(self, messages: List[Message]) -> List[Message]:
        if self.classifier is None:
            return messages
        for message in messages:
            features = _features(message)
            if features is None:
                continue
            selection = {"all_retrieval_intents": self.intents,
                         DEFAULT_SELECTOR: self._choice(self.classifier, features)}
            question = question_part(message.get(TEXT) or "")
            if question and self.questions is not None:
                selection[QUESTION_SELECTOR] = self._choice(self.questions, [question])
            message.set(SELECTOR_PROPERTY, selection, add_to_output=True)
        return messages

    def _choice(self, model: Any, features: Any) -> Dict[Text, Any]:
        """One model's choice in the shape of Rasa's ResponseSelector output."""
        probabilities = model.predict_proba(features)[0]
        ranking = sorted(zip(model.classes_, probabilities), key=lambda pair: -pair[1])
        key, confidence = ranking[0]
        return {
            "response": {
                "responses": self.responses.get(f"utter_{key}", []),
                "confidence": float(confidence),
                "intent_response_key": key,
                "utter_action": f"utter_{key}",
            },
            "ranking": [{"confidence": float(p), "intent_response_key": k} for k, p in ranking[:RANKING_LENGTH]],
        }

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
