"""The back-pain intake assistant for acupuncture clinics.

Plain Python that the Rasa actions, the web channel and the command line all
share: settings, the spaCy language layer, triage rules, leads and delivery.
"""
