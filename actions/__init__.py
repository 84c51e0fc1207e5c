"""Rasa SDK actions: thin wrappers that read the tracker and call into `bot/`."""

from actions.safety_net import install

install()
