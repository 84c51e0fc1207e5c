"""The website chat widget: its Rasa input channel and the files a clinic embeds.

`bot.web.channel.WidgetInput` serves the widget's script, stylesheet and demo
page and carries its messages to Rasa; see that module for routes and options.
"""
